package com.dealerhub.platform.servicefeed.rules;

import java.time.Duration;
import java.time.Instant;

/** An appointment's customer arrived on time: no later than 15 minutes after the time booked. */
public final class ArrivedOnTime {

    static final Duration GRACE = Duration.ofMinutes(15);

    private ArrivedOnTime() {
    }

    public static boolean test(Instant scheduledFor, Instant arrivedAt) {
        return arrivedAt != null && !arrivedAt.isAfter(scheduledFor.plus(GRACE));
    }
}
