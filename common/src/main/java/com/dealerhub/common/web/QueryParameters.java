package com.dealerhub.common.web;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.ProblemCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Converts query parameters with a 400 problem naming the parameter; JAX-RS's own
 * conversion would answer an unknown value with 404. Every conversion is bounded: what
 * passes is something the database and the search index can take, so an absurd value is
 * the caller's mistake (400), never a failure further down (500).
 */
public final class QueryParameters {

    /** Free text a person types into a search box. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** A code: a dealer, region, state, type, part number, labor operation. */
    public static final int MAX_CODE_LENGTH = 40;
    /** Values of one repeated filter parameter, e.g. {@code state=OPEN&state=CLOSED}. */
    public static final int MAX_VALUES = 100;
    /** The largest amount the platform stores: numeric(14, 2). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    /** Longer than any date or amount written out; checked before parsing so a huge value costs nothing. */
    private static final int MAX_NUMBER_LENGTH = 20;
    /** Longer than any time written out with nanoseconds and an offset, such as 2026-05-01T08:00:00.123456789+08:00. */
    private static final int MAX_TIME_LENGTH = 40;

    private QueryParameters() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(name, ProblemCode.MUST_BE_ONE_OF.with("values", Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    /** The values of a repeated parameter, each one of the enum's names; blank values are ignored. */
    public static <E extends Enum<E>> List<E> enumValues(String name, List<String> raw, Class<E> type) {
        return codes(name, raw).stream().map(value -> enumValue(name, value, type)).distinct().toList();
    }

    /** Free text of at most {@code maxLength} characters, stripped, or null if absent. */
    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            throw new InvalidField(name, ProblemCode.TEXT_TOO_LONG.with("max", maxLength));
        }
        return CleanText.require(name, text);
    }

    /** A code of at most {@link #MAX_CODE_LENGTH} characters, stripped, or null if absent. */
    public static String code(String name, String raw) {
        return text(name, raw, MAX_CODE_LENGTH);
    }

    /** The values of a repeated parameter, each a code; blank values are ignored. */
    public static List<String> codes(String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_VALUES) {
            throw new InvalidField(name, ProblemCode.TOO_MANY_VALUES.with("max", MAX_VALUES));
        }
        return raw.stream().map(value -> code(name, value)).filter(value -> value != null).distinct().toList();
    }

    /** A date as YYYY-MM-DD within {@link InputBounds}' range, or null if absent. */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = raw.length() > MAX_NUMBER_LENGTH ? null : LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null || InputBounds.flaw(date) != null) {
            throw new InvalidField(name, ProblemCode.QUERY_DATE.with("first", InputBounds.FIRST_DATE, "last", InputBounds.LAST_DATE));
        }
        return date;
    }

    /**
     * A point in time within {@link InputBounds}' range, or null if absent: an ISO-8601 time with its
     * offset ({@code 2026-05-01T08:00:00+08:00}, {@code 2026-05-01T00:00:00Z}), or a date, which
     * means the start of that day in UTC.
     */
    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        Instant instant = null;
        if (text.length() <= MAX_TIME_LENGTH) {
            try {
                instant = text.length() <= MAX_NUMBER_LENGTH && !text.contains("T")
                        ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                        : OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                instant = null;
            }
        }
        if (instant == null || InputBounds.flaw(instant) != null) {
            throw new InvalidField(name, ProblemCode.QUERY_TIME.with("first", InputBounds.FIRST_DATE, "last", InputBounds.LAST_DATE));
        }
        return instant;
    }

    /** A decimal amount from 0 to {@link #MAX_AMOUNT} with at most two decimals, or null if absent. */
    public static BigDecimal amount(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = raw.length() > MAX_NUMBER_LENGTH ? null : new BigDecimal(raw.strip());
            if (amount != null && amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) <= 0
                    && amount.stripTrailingZeros().scale() <= 2) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidField(name, ProblemCode.QUERY_AMOUNT.with("max", MAX_AMOUNT));
    }
}
