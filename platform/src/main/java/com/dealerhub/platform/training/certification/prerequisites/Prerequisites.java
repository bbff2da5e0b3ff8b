package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

import java.util.List;

/** Every prerequisite rule, in the order the training department reads them; the ones configured for a level apply. */
public final class Prerequisites {

    private static final List<PrerequisiteRule> RULES = List.of(
            new CurrentlyInRole(),
            new RenewalWindowOpen(),
            new HoldsPrerequisiteLevel(),
            new LmsStudyCompleted(),
            new OnlineTestPassed(),
            new YearsInRoleOrTrainingAttended(),
            new TrainingAttended(),
            new EnoughCaseStudiesSubmitted());

    private Prerequisites() {
    }

    public static List<PrerequisiteResult> check(ProgrammeLevel level, Candidate candidate) {
        return RULES.stream().filter(rule -> rule.appliesTo(level, candidate)).map(rule -> rule.check(level, candidate)).toList();
    }

    public static boolean allPassed(List<PrerequisiteResult> results) {
        return results.stream().allMatch(PrerequisiteResult::passed);
    }
}
