package com.dealerhub.platform.cases.sla;

import java.time.Duration;

/**
 * How long a clock gives, counted how, and how long before its end a warning goes out.
 *
 * @param timing      wall-clock time (e.g. "contact the customer within 2 hours"), working time
 *                    (business hours on working days of the network's calendar), or the close of
 *                    business of the working day (e.g. "answer the customer before the end of the
 *                    working day"), where the duration is the least working time left to do it:
 *                    with less left today, the clock runs to the close of the next working day
 * @param warnBefore  the warning is due when this much is left; zero for no warning
 */
public record ClockPolicy(Duration duration, Timing timing, Duration warnBefore) {

    public enum Timing { WALL_CLOCK, WORKING_TIME, CLOSE_OF_BUSINESS }

    public ClockPolicy {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a clock runs for some time: " + duration);
        }
        if (warnBefore.isNegative() || warnBefore.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("the warning must come within the clock's " + duration + ": " + warnBefore);
        }
    }
}
