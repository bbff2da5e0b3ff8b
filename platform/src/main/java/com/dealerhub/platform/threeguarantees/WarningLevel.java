package com.dealerhub.platform.threeguarantees;

/**
 * How close a vehicle is to the three guarantees' replacement or refund: YELLOW approaching, ORANGE
 * one step from due, RED due. Ordered, so that a vehicle's level is the highest any rule reaches.
 */
public enum WarningLevel {
    NONE, YELLOW, ORANGE, RED;

    public WarningLevel atLeast(WarningLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
