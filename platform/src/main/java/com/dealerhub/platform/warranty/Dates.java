package com.dealerhub.platform.warranty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Date and time values as native queries return them, whichever JDBC type the driver chose. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate local(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalArgumentException("not a date: " + value.getClass());
        };
    }

    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime time -> time.toInstant();
            default -> throw new IllegalArgumentException("not a timestamp: " + value.getClass());
        };
    }
}
