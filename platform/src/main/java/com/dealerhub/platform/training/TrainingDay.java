package com.dealerhub.platform.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Training dates (hire dates, course completions, certificate validity) are days in China. */
public final class TrainingDay {

    /** Where training days are counted. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TrainingDay() {
    }

    /** Today, in China, by the clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
