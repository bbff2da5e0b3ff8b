package com.dealerhub.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one clock services read the time from, injected, so that a service never calls for the
 * system time itself. Rules never read a clock: they are given the instant, and their tests fix it.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
