package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

/** The level's LMS study is done, by the course's completion semantics (and, for a renewal, within the window). */
public class LmsStudyCompleted implements PrerequisiteRule {

    @Override
    public boolean appliesTo(ProgrammeLevel level, Candidate candidate) {
        return level.studyCourse() != null;
    }

    @Override
    public PrerequisiteResult check(ProgrammeLevel level, Candidate candidate) {
        return LmsCourseDone.check(name(), level.studyCourse(), "LMS study", candidate);
    }
}
