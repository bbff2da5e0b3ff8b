package com.dealerhub.platform.training.certification.prerequisites;

import java.time.LocalDate;

/** The one check behind the LMS rules: a course done since the day evidence counts from. */
final class LmsCourseDone {

    private LmsCourseDone() {
    }

    static PrerequisiteResult check(String rule, String course, String what, Candidate candidate) {
        LocalDate done = candidate.coursesDone().get(course);
        if (done != null) {
            return PrerequisiteResult.pass(rule, course + " done on " + done);
        }
        return PrerequisiteResult.fail(rule, what + " " + course + " not done"
                        + (candidate.renewal() ? " since the renewal window opened on " + candidate.evidenceSince() : ""),
                "no LMS record of " + course + " meeting its completion rule");
    }
}
