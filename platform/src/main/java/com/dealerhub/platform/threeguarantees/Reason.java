package com.dealerhub.platform.threeguarantees;

/**
 * Why a vehicle stands at a warning level, in Chinese and English.
 *
 * @param code the rule and measure, stable per vehicle (one RED notification per VIN and code)
 */
public record Reason(String code, WarningLevel level, String zh, String en) {
}
