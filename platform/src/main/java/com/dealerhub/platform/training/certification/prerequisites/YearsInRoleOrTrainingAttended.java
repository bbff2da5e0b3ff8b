package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

import java.time.LocalDate;
import java.util.Optional;

/**
 * At least n years in the role, to the day (since 2023-06-01 qualifies for 3 years on 2026-06-01),
 * or attendance of the level's training course (SA bronze).
 */
public class YearsInRoleOrTrainingAttended implements PrerequisiteRule {

    @Override
    public boolean appliesTo(ProgrammeLevel level, Candidate candidate) {
        return level.minYearsInRole() != null;
    }

    @Override
    public PrerequisiteResult check(ProgrammeLevel level, Candidate candidate) {
        int years = level.minYearsInRole();
        Optional<LocalDate> since = candidate.inRoleSince(level.role());
        LocalDate attended = level.trainingCourse() == null ? null : candidate.trainingsAttended().get(level.trainingCourse());
        String evidence = level.role() + (since.map(d -> " since " + d).orElse(": not in the role"))
                + (level.trainingCourse() == null ? "" : "; training " + level.trainingCourse()
                + (attended == null ? " not attended" : " attended on " + attended));
        if (since.isPresent() && !since.get().plusYears(years).isAfter(candidate.today())) {
            return PrerequisiteResult.pass(name(), evidence);
        }
        if (attended != null) {
            return PrerequisiteResult.pass(name(), evidence);
        }
        String reason = since.map(d -> "in the role since " + d + ", " + years + " years on " + d.plusYears(years))
                .orElse("not in the role " + level.role());
        return PrerequisiteResult.fail(name(), reason + (level.trainingCourse() == null ? ""
                : ", and training " + level.trainingCourse() + " not attended"), evidence);
    }
}
