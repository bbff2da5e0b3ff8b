package com.dealerhub.platform.parts.audits;

import java.math.BigDecimal;
import java.time.Instant;

/** A dealer's parts targets, as last set. */
public record TargetView(String dealer, String dealerName, String region, BigDecimal fillRatePercent, Integer daysOfSupply,
                         String setBy, Instant setAt) {
}
