package com.dealerhub.platform.threeguarantees;

import java.time.Instant;

/**
 * A quality-related repair order as a dealer's system reports it (a REPAIR_ORDER event of the service
 * feed with {@code qualityRelated} true).
 *
 * @param number             the repair order number in the dealer's system
 * @param deliveredAt        when the car was handed back; null while the repair is open
 * @param problemCode        the quality problem, for counting repeats of the same problem; may be null
 * @param majorPartReplaced  the major part replaced, or null
 * @param partsTransportDays days of transport of vehicle-specific parts, not counted as repair days
 */
public record RepairOrderFacts(String number, String vin, Instant openedAt, Instant deliveredAt, long mileage, String problemCode,
                               boolean seriousSafetyFault, MajorPart majorPartReplaced, int partsTransportDays) {
}
