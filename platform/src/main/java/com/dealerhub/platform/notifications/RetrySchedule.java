package com.dealerhub.platform.notifications;

import java.time.Duration;

/**
 * When a delivery that failed is tried again, and when it is given up. A server that cannot be
 * reached (down, timing out) is waited for with a growing pause, without end: the notification stays
 * PENDING and goes out once the server is back. A server that answered and refused the message (an
 * address it rejects) is tried a few times more, then the notification is FAILED with the reason.
 */
public final class RetrySchedule {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);
    static final int ATTEMPTS_WHEN_REFUSED = 5;
    /** How long a claimed row is left to the worker that claimed it before another may try it (a crash mid-send). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private RetrySchedule() {
    }

    /** The pause after the given number of failed attempts (1 = the first attempt failed): 2 s, 4 s, 8 s... at most 5 minutes. */
    public static Duration pauseAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** Whether a notification is given up after this failure. */
    public static boolean givesUp(int attempts, DeliveryFailure failure) {
        return failure.refused() && attempts >= ATTEMPTS_WHEN_REFUSED;
    }
}
