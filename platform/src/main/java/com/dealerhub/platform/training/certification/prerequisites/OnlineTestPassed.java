package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

/** The level's LMS online test is passed at the course's pass score (and, for a renewal, within the window). */
public class OnlineTestPassed implements PrerequisiteRule {

    @Override
    public boolean appliesTo(ProgrammeLevel level, Candidate candidate) {
        return level.testCourse() != null;
    }

    @Override
    public PrerequisiteResult check(ProgrammeLevel level, Candidate candidate) {
        return LmsCourseDone.check(name(), level.testCourse(), "online test", candidate);
    }
}
