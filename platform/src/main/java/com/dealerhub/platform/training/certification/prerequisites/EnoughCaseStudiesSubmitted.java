package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

/** The registration carries at least the level's number of case studies (SA silver's "submitted cases"). */
public class EnoughCaseStudiesSubmitted implements PrerequisiteRule {

    @Override
    public boolean appliesTo(ProgrammeLevel level, Candidate candidate) {
        return level.minCaseStudies() != null;
    }

    @Override
    public PrerequisiteResult check(ProgrammeLevel level, Candidate candidate) {
        String evidence = candidate.caseStudies() + " case studies attached";
        if (candidate.caseStudies() >= level.minCaseStudies()) {
            return PrerequisiteResult.pass(name(), evidence);
        }
        return PrerequisiteResult.fail(name(), level.minCaseStudies() + " case studies needed, "
                + candidate.caseStudies() + " attached", evidence);
    }
}
