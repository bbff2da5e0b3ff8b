package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

import java.time.LocalDate;

/** An attended session of the level's training course (when years in the role are no alternative). */
public class TrainingAttended implements PrerequisiteRule {

    @Override
    public boolean appliesTo(ProgrammeLevel level, Candidate candidate) {
        return level.trainingCourse() != null && level.minYearsInRole() == null;
    }

    @Override
    public PrerequisiteResult check(ProgrammeLevel level, Candidate candidate) {
        LocalDate attended = candidate.trainingsAttended().get(level.trainingCourse());
        if (attended != null) {
            return PrerequisiteResult.pass(name(), "training " + level.trainingCourse() + " attended on " + attended);
        }
        return PrerequisiteResult.fail(name(), "training " + level.trainingCourse() + " not attended"
                        + (candidate.renewal() ? " since the renewal window opened on " + candidate.evidenceSince() : ""),
                "no attended session of " + level.trainingCourse());
    }
}
