package com.dealerhub.platform.servicefeed.rules;

import java.time.Instant;

/** A repair order's vehicle was delivered on time: delivered, with a promised time, no later than promised. */
public final class DeliveredOnTime {

    private DeliveredOnTime() {
    }

    public static boolean test(Instant promisedAt, Instant deliveredAt) {
        return deliveredAt != null && promisedAt != null && !deliveredAt.isAfter(promisedAt);
    }
}
