package com.dealerhub.platform.parts.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The parts fill rate of some order lines: what was allocated of what was asked (quantity less what the dealer
 * cancelled), in percent with two decimals (null when nothing was asked), and the shortfall, asked − allocated.
 */
public record FillRate(long lines, long asked, long allocated, long shortfall, BigDecimal percent) {

    public static FillRate of(long lines, long asked, long allocated) {
        BigDecimal percent = asked == 0 ? null
                : BigDecimal.valueOf(allocated).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(asked), 2, RoundingMode.HALF_UP);
        return new FillRate(lines, asked, allocated, asked - allocated, percent);
    }

    public FillRate plus(FillRate other) {
        return of(lines + other.lines, asked + other.asked, allocated + other.allocated);
    }

    /** Whether the rate meets a target in percent: null when there is no target or nothing was asked. */
    public Boolean meets(BigDecimal target) {
        return target == null || percent == null ? null : percent.compareTo(target) >= 0;
    }
}
