package com.dealerhub.platform.warranty.adjudication;

/**
 * The thresholds a network's head office sets for auto-adjudication, versioned: a claim
 * records the version it was judged by.
 *
 * @param version                 increases with every edit
 * @param duplicateWindowDays     the same VIN and labor operation within this many days is a duplicate
 * @param laborTolerancePercent   claimed hours may exceed the flat rate by this much
 * @param priceTolerancePercent   a part's claimed price may exceed the catalogue price by this much
 */
public record RuleSettings(int version, int duplicateWindowDays, int laborTolerancePercent, int priceTolerancePercent) {

    /** DOMAIN.md's defaults, for a network that has set nothing yet. */
    public static final RuleSettings DEFAULTS = new RuleSettings(1, 30, 10, 0);
}
