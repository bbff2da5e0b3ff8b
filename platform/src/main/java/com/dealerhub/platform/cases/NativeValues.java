package com.dealerhub.platform.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Values as native queries return them, in the types the domain uses. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A {@code timestamptz} column, which the driver may hand over as a Timestamp, an OffsetDateTime or an Instant. */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalArgumentException("not a time: " + value.getClass());
        };
    }

    /** A {@code date} column, which the driver may hand over as a java.sql.Date or a LocalDate. */
    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
