package com.dealerhub.platform.threeguarantees;

import java.time.Instant;
import java.util.Set;

/**
 * One quality-related repair of a vehicle, at any dealer of the network.
 *
 * @param reference      the claim number (CLAIM) or the repair order number (REPAIR_ORDER)
 * @param repairOrder    the dealer's repair order number the repair was done under, if known (a claim names it)
 * @param closedAt       when the car was handed back; null while the repair is open
 * @param problemCodes   the quality problem(s) repaired: the RO's problem code, a claim's labor operations
 * @param majorPart      the major part replaced, if any
 * @param transportDays  days spent waiting for vehicle-specific parts in transport, not counted as repair days
 */
public record Repair(RepairSource source, String dealer, String reference, String repairOrder, Instant openedAt,
                     Instant closedAt, long mileage, Set<String> problemCodes, boolean seriousSafetyFault, MajorPart majorPart,
                     int transportDays) {

    public Repair {
        problemCodes = Set.copyOf(problemCodes);
        transportDays = Math.max(0, transportDays);
    }

    public boolean open() {
        return closedAt == null;
    }
}
