package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

/** A valid certificate of the programme's prerequisite level or higher on the day of the check (silver needs bronze). */
public class HoldsPrerequisiteLevel implements PrerequisiteRule {

    @Override
    public boolean appliesTo(ProgrammeLevel level, Candidate candidate) {
        return level.prerequisiteLevel() != null;
    }

    @Override
    public PrerequisiteResult check(ProgrammeLevel level, Candidate candidate) {
        int needed = level.prerequisiteLevel();
        return candidate.validCertificate(level.programme(), needed)
                .map(c -> PrerequisiteResult.pass(name(), c.number() + " (level " + c.level() + ") valid through " + c.validThrough()))
                .orElseGet(() -> PrerequisiteResult.fail(name(), "no valid " + level.programme() + " certificate of level "
                        + needed + " or higher", lapsed(level.programme(), needed, candidate)));
    }

    private static String lapsed(String programme, int needed, Candidate candidate) {
        return candidate.certificates().stream()
                .filter(c -> c.programme().equals(programme) && c.level() >= needed)
                .max(java.util.Comparator.comparing(Candidate.HeldCertificate::validThrough))
                .map(c -> c.number() + " expired after " + c.validThrough())
                .orElse("none held");
    }
}
