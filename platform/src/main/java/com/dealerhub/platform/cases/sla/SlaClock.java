package com.dealerhub.platform.cases.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One deadline of a case (contact within 2 h, close within 72 h), as absolute instants. It starts,
 * may pause in a named wait state with a reason (the time paused does not count), resumes, may
 * change its policy (a change of priority or type keeps the time already counted), and stops.
 * Counted in working time, it needs the network's calendar for every year it touches; where a
 * year is missing it counts wall-clock time instead and says so ({@link #fellBackToWallClock()}),
 * never silently.
 *
 * @param counted       time counted before {@code runningSince} (all of it when paused or stopped)
 * @param runningSince  when the current running stretch began; null while paused or once stopped
 * @param dueAt         when it breaches; null while paused
 * @param warnAt        when the warning is due; null while paused or without a warning
 * @param missingYear   the year the calendar lacked when it fell back to wall-clock time, or null
 */
public record SlaClock(ClockPolicy policy, Instant startedAt, Duration counted, Instant runningSince,
                       String waitState, String pauseReason, Instant dueAt, Instant warnAt, Instant stoppedAt,
                       Integer missingYear) {

    public enum Status { RUNNING, PAUSED, MET, BREACHED }

    /** Starts a clock now: nothing counted yet. */
    public static SlaClock start(ClockPolicy policy, Instant at, WorkingCalendar calendar) {
        return running(policy, at, Duration.ZERO, at, calendar);
    }

    /** Pauses in a named wait state (e.g. waiting for parts), with the reason; the clock is then not due. */
    public SlaClock pause(Instant at, String waitState, String reason, WorkingCalendar calendar) {
        requireRunning("pause");
        if (waitState == null || waitState.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a pause names its wait state and its reason");
        }
        Count sofar = countedUntil(at, calendar);
        return new SlaClock(policy, startedAt, sofar.duration(), null, waitState, reason, null, null, null,
                firstMissing(sofar.missingYear()));
    }

    public SlaClock resume(Instant at, WorkingCalendar calendar) {
        if (status(at) != Status.PAUSED) {
            throw new IllegalStateException("only a paused clock resumes");
        }
        return running(policy, startedAt, counted, at, calendar).keepingMissing(missingYear);
    }

    /** A new policy (another priority or type) from now on, keeping what was counted and any pause. */
    public SlaClock withPolicy(ClockPolicy newPolicy, Instant at, WorkingCalendar calendar) {
        if (stoppedAt != null) {
            throw new IllegalStateException("a stopped clock keeps its policy");
        }
        if (runningSince == null) {
            return new SlaClock(newPolicy, startedAt, counted, null, waitState, pauseReason, null, null, null, missingYear);
        }
        Count sofar = countedUntil(at, calendar);
        return running(newPolicy, startedAt, sofar.duration(), at, calendar).keepingMissing(firstMissing(sofar.missingYear()));
    }

    /** Stops the clock: met if stopped by its due time, breached otherwise. */
    public SlaClock stop(Instant at, WorkingCalendar calendar) {
        requireRunning("stop");
        Count sofar = countedUntil(at, calendar);
        return new SlaClock(policy, startedAt, sofar.duration(), null, null, null, dueAt, warnAt, at,
                firstMissing(sofar.missingYear()));
    }

    public Status status(Instant now) {
        if (stoppedAt != null) {
            return stoppedAt.isAfter(dueAt) ? Status.BREACHED : Status.MET;
        }
        if (runningSince == null) {
            return Status.PAUSED;
        }
        return now.isAfter(dueAt) ? Status.BREACHED : Status.RUNNING;
    }

    /** Wall-clock time until the due time; negative once overdue; null while paused. */
    public Duration timeLeft(Instant now) {
        return dueAt == null ? null : Duration.between(stoppedAt != null ? stoppedAt : now, dueAt);
    }

    public boolean fellBackToWallClock() {
        return missingYear != null;
    }

    private static SlaClock running(ClockPolicy policy, Instant startedAt, Duration counted, Instant since,
                                    WorkingCalendar calendar) {
        if (policy.timing() == ClockPolicy.Timing.CLOSE_OF_BUSINESS) {
            return runningToCloseOfBusiness(policy, startedAt, counted, since, calendar);
        }
        Duration left = policy.duration().minus(counted);
        Due due = after(policy, since, left.isNegative() ? Duration.ZERO : left, calendar);
        Instant warnAt = null;
        Integer missing = due.missingYear();
        if (!policy.warnBefore().isZero()) {
            Duration untilWarning = left.minus(policy.warnBefore());
            Due warning = after(policy, since, untilWarning.isNegative() ? Duration.ZERO : untilWarning, calendar);
            warnAt = warning.at();
            missing = missing != null ? missing : warning.missingYear();
        }
        return new SlaClock(policy, startedAt, counted, since, null, null, due.at(), warnAt, null, missing);
    }

    /** Due at the close of business of the working day (from {@code since}); warned the policy's time before it. */
    private static SlaClock runningToCloseOfBusiness(ClockPolicy policy, Instant startedAt, Duration counted, Instant since,
                                                     WorkingCalendar calendar) {
        Due due;
        try {
            due = new Due(calendar.closeOfBusiness(since, policy.duration()), null);
        } catch (WorkingCalendar.YearNotCovered missing) {
            due = new Due(since.plus(policy.duration()), missing.year());
        }
        Instant warnAt = null;
        if (!policy.warnBefore().isZero()) {
            Instant warning = due.at().minus(policy.warnBefore());
            warnAt = warning.isBefore(since) ? since : warning;
        }
        return new SlaClock(policy, startedAt, counted, since, null, null, due.at(), warnAt, null, due.missingYear());
    }

    private record Due(Instant at, Integer missingYear) {
    }

    private record Count(Duration duration, Integer missingYear) {
    }

    private static Due after(ClockPolicy policy, Instant from, Duration amount, WorkingCalendar calendar) {
        if (policy.timing() == ClockPolicy.Timing.WORKING_TIME) {
            try {
                return new Due(calendar.plusWorkingTime(from, amount), null);
            } catch (WorkingCalendar.YearNotCovered missing) {
                return new Due(from.plus(amount), missing.year());
            }
        }
        return new Due(from.plus(amount), null);
    }

    private Count countedUntil(Instant at, WorkingCalendar calendar) {
        if (at.isBefore(runningSince)) {
            throw new IllegalArgumentException("time runs forward: " + at + " is before " + runningSince);
        }
        if (policy.timing() == ClockPolicy.Timing.WORKING_TIME) {
            try {
                return new Count(counted.plus(calendar.workingTimeBetween(runningSince, at)), null);
            } catch (WorkingCalendar.YearNotCovered missing) {
                return new Count(counted.plus(Duration.between(runningSince, at)), missing.year());
            }
        }
        return new Count(counted.plus(Duration.between(runningSince, at)), null);
    }

    private Integer firstMissing(Integer now) {
        return missingYear != null ? missingYear : now;
    }

    private SlaClock keepingMissing(Integer earlier) {
        return earlier == null || Objects.equals(earlier, missingYear) ? this
                : new SlaClock(policy, startedAt, counted, runningSince, waitState, pauseReason, dueAt, warnAt, stoppedAt,
                earlier);
    }

    private void requireRunning(String what) {
        if (runningSince == null) {
            throw new IllegalStateException("only a running clock can " + what);
        }
    }
}
