package com.dealerhub.platform.threeguarantees;

/** The major parts (主要总成) whose repeated replacement makes a car due for replacement or refund. */
public enum MajorPart {
    ENGINE, TRANSMISSION, TRACTION_BATTERY, DRIVE_MOTOR, STEERING, BRAKES, BODY
}
