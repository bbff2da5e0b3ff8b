package com.dealerhub.platform.threeguarantees;

import java.time.Duration;
import java.time.Instant;

/**
 * Days a repair kept the car off the road, as the regulation counts them: each started 24 hours is
 * a day (an open repair counts until now), less the days vehicle-specific parts were in transport.
 */
public final class RepairDays {

    private static final long DAY_SECONDS = 24 * 3600;

    private RepairDays() {
    }

    public static int of(Repair repair, Instant now) {
        return Math.max(0, started(repair, now) - repair.transportDays());
    }

    /** The day of the repair the car is in now (1 on the first 24 hours), transport days included. */
    public static int started(Repair repair, Instant now) {
        Instant end = repair.closedAt() != null ? repair.closedAt() : now;
        long seconds = Math.max(0, Duration.between(repair.openedAt(), end).toSeconds());
        return (int) Math.max(1, (seconds + DAY_SECONDS - 1) / DAY_SECONDS);
    }
}
