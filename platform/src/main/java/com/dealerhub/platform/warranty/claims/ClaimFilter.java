package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.platform.warranty.ClaimKind;

import java.math.BigDecimal;

/**
 * Optional narrowing of a claim list or work queue: one dealer, one region, one kind, one vehicle,
 * claim numbers containing {@code number}, claimed amounts from {@code minAmount} to {@code maxAmount}.
 */
public record ClaimFilter(String dealer, String region, ClaimKind kind, String vin, String number,
                          BigDecimal minAmount, BigDecimal maxAmount) {

    public ClaimFilter {
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw new InvalidField("minAmount", "must not be more than maxAmount " + maxAmount.toPlainString());
        }
    }

    /** The number's pattern for SQL LIKE: it contains what was typed, whatever the case; % and _ match themselves. */
    String numberPattern() {
        return number == null ? null
                : "%" + number.toUpperCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
