package com.dealerhub.common.web;

import com.dealerhub.common.problem.InvalidField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Converts query parameters with a 400 problem naming the parameter; JAX-RS's own
 * conversion would answer an unknown value with 404.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A date as YYYY-MM-DD, or null if absent. */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidField(name, "must be a date (YYYY-MM-DD)");
        }
    }

    /** A non-negative decimal amount, or null if absent. */
    public static BigDecimal amount(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(raw.strip());
            if (amount.signum() >= 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidField(name, "must be an amount of 0 or more, such as 1250.50");
    }
}
