package com.dealerhub.platform.threeguarantees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vehicle's three-guarantees ledger: its periods, what its repairs add up to, and the warning
 * level with its reasons. Period fields are null while the network does not know the sale date.
 *
 * @param majorPartReplacements replacements per major part (its {@link MajorPart} name)
 * @param currentMileage    the highest mileage known for the VIN
 * @param loanerDue         an open repair has reached the day a loaner car is owed
 * @param rulesEffectiveFrom the rule version the level was judged by
 */
public record Ledger(String vin, LocalDate saleDate, long currentMileage,
                     LocalDate periodEnds, Boolean insidePeriod, LocalDate repairWarrantyEnds, Boolean insideRepairWarranty,
                     int repairDays, Map<String, Integer> sameProblem, int seriousSafetyRepairs,
                     Map<String, Integer> majorPartReplacements, boolean loanerDue, WarningLevel level, List<Reason> reasons,
                     LocalDate rulesEffectiveFrom, List<Line> repairs) {

    /** One repair as the ledger counted it. */
    public record Line(RepairSource source, String dealer, String reference, String repairOrder, LocalDate repairDate,
                       Instant openedAt, Instant closedAt, long mileage, Set<String> problemCodes, boolean seriousSafetyFault,
                       MajorPart majorPart, int transportDays, int repairDays, boolean counted) {
    }

    /** What a repair order's sender is told back: the level and why. */
    public Warning warning() {
        return new Warning(vin, level, reasons, loanerDue, repairDays);
    }
}
