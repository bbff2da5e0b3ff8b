package com.dealerhub.platform.threeguarantees;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.InvalidField;

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

    /** Refuses what the ledger cannot count, naming the event's field as the feed calls it. */
    public RepairOrderFacts {
        if (number == null || number.isBlank()) {
            throw new InvalidField("number", "the repair order number is required");
        }
        if (openedAt == null) {
            throw new InvalidField("openedAt", "when the repair order was opened is required");
        }
        if (deliveredAt != null && deliveredAt.isBefore(openedAt)) {
            throw new InvalidField("deliveredAt", "not before the repair order was opened");
        }
        if (mileage < 0) {
            throw new InvalidField("mileage", ProblemCode.ZERO_OR_MORE.with());
        }
        if (partsTransportDays < 0) {
            throw new InvalidField("partsTransportDays", ProblemCode.ZERO_OR_MORE.with());
        }
    }
}
