package com.dealerhub.platform.cases.workflow;

/**
 * What a workflow step does to one of the case's SLA clocks. A restart begins the clock afresh
 * (e.g. "report progress every hour": each report gives another hour).
 */
public record ClockEffect(String clock, Kind kind) {

    public enum Kind { START, STOP, PAUSE, RESUME, RESTART }

    public static ClockEffect start(String clock) {
        return new ClockEffect(clock, Kind.START);
    }

    public static ClockEffect stop(String clock) {
        return new ClockEffect(clock, Kind.STOP);
    }

    /** Pauses in the step's target state, which names the wait; the step's reason is the pause's reason. */
    public static ClockEffect pause(String clock) {
        return new ClockEffect(clock, Kind.PAUSE);
    }

    public static ClockEffect resume(String clock) {
        return new ClockEffect(clock, Kind.RESUME);
    }

    public static ClockEffect restart(String clock) {
        return new ClockEffect(clock, Kind.RESTART);
    }
}
