package com.dealerhub.platform.servicefeed.rules;

import java.math.BigDecimal;

/** A repair order's estimate was accurate: both amounts known and the estimate within 10 % of the actual amount. */
public final class EstimateAccurate {

    static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    private EstimateAccurate() {
    }

    public static boolean test(BigDecimal estimate, BigDecimal actual) {
        if (estimate == null || actual == null) {
            return false;
        }
        return estimate.subtract(actual).abs().compareTo(actual.multiply(TOLERANCE)) <= 0;
    }
}
