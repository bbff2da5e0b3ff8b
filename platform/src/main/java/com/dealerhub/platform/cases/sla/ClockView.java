package com.dealerhub.platform.cases.sla;

import java.time.Instant;

/**
 * A case's clock as the API shows it: its status now, when it is due, the time left (negative once
 * overdue, none while paused), the wait it is paused in, and whether it counted wall-clock time
 * because the network's calendar lacked a year.
 */
public record ClockView(String clock, String status, Instant startedAt, Instant dueAt, Instant warnAt,
                        Long secondsLeft, String waitState, String pauseReason, boolean warned, boolean breached,
                        Integer wallClockFallbackYear) {

    static ClockView of(CaseDeadline deadline, Instant now) {
        SlaClock state = deadline.clockState();
        SlaClock.Status status = state.status(now);
        boolean breached = status == SlaClock.Status.BREACHED || deadline.breachedAt() != null;
        var left = state.timeLeft(now);
        return new ClockView(deadline.clock(), breached ? SlaClock.Status.BREACHED.name() : status.name(),
                state.startedAt(), state.dueAt(), state.warnAt(), left == null ? null : left.toSeconds(),
                state.waitState(), state.pauseReason(), deadline.warnedAt() != null, breached, state.missingYear());
    }
}
