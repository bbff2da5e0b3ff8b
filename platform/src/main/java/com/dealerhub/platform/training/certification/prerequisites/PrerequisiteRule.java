package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

/** One prerequisite of a certification, named for what it verifies; it applies to the levels configured for it. */
public interface PrerequisiteRule {

    boolean appliesTo(ProgrammeLevel level, Candidate candidate);

    PrerequisiteResult check(ProgrammeLevel level, Candidate candidate);

    default String name() {
        return getClass().getSimpleName();
    }
}
