package com.dealerhub.platform.training.lms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Training dates (hire dates, course completions, certificate validity) are days in China. */
public final class TrainingDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TrainingDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** A date column as a native query returns it. */
    public static LocalDate of(Object column) {
        return switch (column) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalArgumentException("not a date: " + column.getClass());
        };
    }
}
