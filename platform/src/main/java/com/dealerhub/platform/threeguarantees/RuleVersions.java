package com.dealerhub.platform.threeguarantees;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A network's rule versions; the one in effect on a day is the latest that took effect on or before it. */
public record RuleVersions(List<RuleVersion> versions) {

    public RuleVersions {
        versions = versions.stream().sorted(Comparator.comparing(RuleVersion::effectiveFrom)).toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a network has at least one rule version");
        }
    }

    public static RuleVersions of(RuleVersion... versions) {
        return new RuleVersions(List.of(versions));
    }

    /** The version in effect on the day; before the first version took effect, the first applies. */
    public RuleVersion inEffectOn(LocalDate day) {
        RuleVersion found = versions.getFirst();
        for (RuleVersion version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        return found;
    }
}
