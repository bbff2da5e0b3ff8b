package com.dealerhub.platform.complaints;

/** The fault complained of; the repeat rule counts complaints on the same VIN and fault category. */
public enum FaultCategory {
    ENGINE, TRANSMISSION, ELECTRICAL, BRAKES, STEERING_SUSPENSION, AIR_CONDITIONING, BODY_PAINT, NOISE_VIBRATION,
    INFOTAINMENT, FIRE, ACCIDENT, SERVICE_ATTITUDE, REPAIR_QUALITY, PARTS_AVAILABILITY, OTHER
}
