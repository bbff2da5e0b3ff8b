package com.dealerhub.platform.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Three or more complaints on the same VIN and fault category inside a rolling 48 hours escalate to
 * the FMC and record a penalty against the dealer (DOMAIN section 3: at t, t+20 h, t+47 h it
 * escalates; at t, t+20 h, t+49 h it does not). A complaint exactly 48 hours earlier is inside.
 */
public final class RepeatRule {

    static final Duration WINDOW = Duration.ofHours(48);
    static final int THRESHOLD = 3;

    private RepeatRule() {
    }

    /** Why the complaint recorded {@code now} escalates, given when the earlier ones on its VIN and fault were recorded. */
    public static Optional<String> escalation(List<Instant> earlier, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        long inWindow = 1 + earlier.stream().filter(t -> !t.isBefore(windowStart) && !t.isAfter(now)).count();
        if (inWindow < THRESHOLD) {
            return Optional.empty();
        }
        return Optional.of(inWindow + " complaints on the same VIN and fault within 48 hours");
    }
}
