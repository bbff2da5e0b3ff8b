package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

/** The person works at the applying dealer, today, in the role the programme certifies. */
public class CurrentlyInRole implements PrerequisiteRule {

    @Override
    public boolean appliesTo(ProgrammeLevel level, Candidate candidate) {
        return true;
    }

    @Override
    public PrerequisiteResult check(ProgrammeLevel level, Candidate candidate) {
        return candidate.inRoleSince(level.role())
                .map(since -> PrerequisiteResult.pass(name(), level.role() + " since " + since))
                .orElseGet(() -> PrerequisiteResult.fail(name(), "not on the dealer's roster as " + level.role() + " today",
                        "roles: " + (candidate.roles().isEmpty() ? "none" : String.join(", ",
                                candidate.roles().stream().map(r -> r.role() + " since " + r.since()).toList()))));
    }
}
