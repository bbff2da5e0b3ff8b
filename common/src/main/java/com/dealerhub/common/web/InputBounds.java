package com.dealerhub.common.web;

import com.dealerhub.common.problem.CodedMessage;
import com.dealerhub.common.problem.ProblemCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The widest values any input may carry, checked where input is read, before any rule or
 * arithmetic sees it: each field's own limits (Bean Validation) are narrower. A number such as
 * {@code 1e-1000000000} is 60 bytes of JSON, but rounding it to cents builds a number of hundreds
 * of megabytes; a year such as 999999999 overflows date arithmetic and PostgreSQL's date range.
 */
public final class InputBounds {

    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    /** More significant digits, or more decimals, than any amount, rate or quantity has. */
    static final int MAX_DIGITS = 30;
    static final int MAX_DECIMALS = 12;

    private InputBounds() {
    }

    public static String flaw(LocalDate date) {
        return textOf(check(date));
    }

    public static String flaw(Instant instant) {
        return textOf(check(instant));
    }

    public static String flaw(BigDecimal number) {
        return textOf(check(number));
    }

    /** Why the date is out of bounds, or null. */
    public static CodedMessage check(LocalDate date) {
        return date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)
                ? ProblemCode.DATE_OUT_OF_BOUNDS.with("first", FIRST_DATE, "last", LAST_DATE) : null;
    }

    public static CodedMessage check(Instant instant) {
        return instant.isBefore(FIRST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC))
                || !instant.isBefore(LAST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                ? ProblemCode.TIME_OUT_OF_BOUNDS.with("first", FIRST_DATE, "last", LAST_DATE) : null;
    }

    public static CodedMessage check(BigDecimal number) {
        // The scale bounds the decimals; precision minus scale the integer digits.
        if (number.scale() > MAX_DECIMALS && number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return ProblemCode.TOO_MANY_DECIMALS.with("max", MAX_DECIMALS);
        }
        if (number.precision() - number.scale() > MAX_DIGITS) {
            return ProblemCode.OUT_OF_RANGE.with();
        }
        return null;
    }

    static String textOf(CodedMessage message) {
        return message == null ? null : message.text();
    }
}
