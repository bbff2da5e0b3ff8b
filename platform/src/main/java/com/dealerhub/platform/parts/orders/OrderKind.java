package com.dealerhub.platform.parts.orders;

/**
 * An order's kind, which is also its allocation tier: STOCK (replenishment), VOR (a vehicle off the
 * road: VIN and repair order), CAMPAIGN (for a published campaign), FORCED (pushed by the OEM for a
 * campaign; served in the CAMPAIGN tier).
 */
public enum OrderKind {
    STOCK, VOR, CAMPAIGN, FORCED;

    public String tier() {
        return this == FORCED ? CAMPAIGN.name() : name();
    }
}
