package com.dealerhub.platform.warranty.vehicles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A submitted claim now counts as a repair of its vehicle (auto-adjudication let it through), fired
 * in the claim's transaction: whoever keeps a per-VIN record of repairs (the three-guarantees ledger)
 * observes it, without warranty knowing them.
 *
 * @param repairOrder the dealer's repair order number the claim names
 */
public record RepairClaimed(UUID claimId, String network, String dealer, String vin, String claimNumber, String repairOrder,
                            LocalDate repairDate, long mileage, List<String> laborOperations, List<String> partNumbers) {

    /** A rejected claim no longer counts as a repair of its vehicle. */
    public record Withdrawn(UUID claimId) {
    }
}
