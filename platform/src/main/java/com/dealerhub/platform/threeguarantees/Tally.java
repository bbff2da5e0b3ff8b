package com.dealerhub.platform.threeguarantees;

import java.util.Map;

/**
 * What the counted repairs of a vehicle (those inside the 三包 period) add up to.
 *
 * @param sameProblem           repairs per problem code
 * @param majorPartReplacements replacements per major part
 */
public record Tally(int repairDays, Map<String, Integer> sameProblem, int seriousSafetyRepairs,
                    Map<MajorPart, Integer> majorPartReplacements) {

    public Tally {
        sameProblem = Map.copyOf(sameProblem);
        majorPartReplacements = Map.copyOf(majorPartReplacements);
    }
}
