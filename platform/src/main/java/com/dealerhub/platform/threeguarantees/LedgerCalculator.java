package com.dealerhub.platform.threeguarantees;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up a vehicle's quality-related repairs at every dealer of the network into its ledger.
 * Pure: the rule versions, the vehicle and "now" are given. Days are China's (Asia/Shanghai).
 * A repair counts when it falls inside the 三包 period by the rule version in effect on its day;
 * the level is judged by the version in effect on the latest counted repair's day.
 */
public final class LedgerCalculator {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final List<LedgerRule> RULES = List.of(new CumulativeRepairDays(), new SameProblemRepairs(),
            new SeriousSafetyFaults(), new MajorPartReplacements());

    /** The vehicle as the network knows it; the sale date is null for a VIN only repair orders told of. */
    public record Vehicle(String vin, LocalDate saleDate, Long knownMileage) {
    }

    private LedgerCalculator() {
    }

    public static Ledger calculate(Vehicle vehicle, List<Repair> repairs, RuleVersions versions, Instant now) {
        LocalDate today = day(now);
        List<Repair> distinct = OneRepairPerRepairOrder.of(repairs).stream()
                .sorted(Comparator.comparing(Repair::openedAt).thenComparing(Repair::reference)).toList();
        List<Ledger.Line> lines = new ArrayList<>();
        int repairDays = 0;
        int seriousSafety = 0;
        Map<String, Integer> sameProblem = new HashMap<>();
        Map<MajorPart, Integer> majorParts = new HashMap<>();
        RuleVersion judgedBy = versions.inEffectOn(today);
        boolean anyCounted = false;
        boolean loanerDue = false;
        long mileage = vehicle.knownMileage() == null ? 0 : vehicle.knownMileage();
        List<Reason> loanerReasons = new ArrayList<>();
        for (Repair repair : distinct) {
            LocalDate day = day(repair.openedAt());
            RuleVersion rules = versions.inEffectOn(day);
            boolean counted = vehicle.saleDate() == null
                    || (!day.isAfter(rules.periodLastDay(vehicle.saleDate())) && repair.mileage() <= rules.periodKm());
            int days = RepairDays.of(repair, now);
            mileage = Math.max(mileage, repair.mileage());
            if (counted) {
                anyCounted = true;
                judgedBy = rules;
                repairDays += days;
                repair.problemCodes().forEach(code -> sameProblem.merge(code, 1, Integer::sum));
                if (repair.seriousSafetyFault()) {
                    seriousSafety++;
                }
                if (repair.majorPart() != null) {
                    majorParts.merge(repair.majorPart(), 1, Integer::sum);
                }
            }
            if (repair.open() && RepairDays.started(repair, now) >= rules.loanerFromDay()) {
                loanerDue = true;
                loanerReasons.add(loaner(repair, RepairDays.started(repair, now), rules));
            }
            lines.add(new Ledger.Line(repair.source(), repair.dealer(), repair.reference(), repair.repairOrder(), day,
                    repair.openedAt(), repair.closedAt(), repair.mileage(), repair.problemCodes(), repair.seriousSafetyFault(),
                    repair.majorPart(), repair.transportDays(), days, counted));
        }
        if (!anyCounted) {
            judgedBy = versions.inEffectOn(today);
        }
        Tally tally = new Tally(repairDays, sameProblem, seriousSafety, majorParts);
        List<Reason> reasons = new ArrayList<>();
        for (LedgerRule rule : RULES) {
            reasons.addAll(rule.check(tally, judgedBy));
        }
        WarningLevel level = reasons.stream().map(Reason::level).reduce(WarningLevel.NONE, WarningLevel::atLeast);
        reasons.sort(Comparator.comparing(Reason::level).reversed());
        reasons.addAll(loanerReasons);
        RuleVersion current = versions.inEffectOn(today);
        LocalDate sale = vehicle.saleDate();
        LocalDate periodEnds = sale == null ? null : current.periodLastDay(sale);
        LocalDate warrantyEnds = sale == null ? null : current.repairWarrantyLastDay(sale);
        Boolean inside = sale == null ? null : !today.isAfter(periodEnds) && mileage <= current.periodKm();
        Boolean insideWarranty = sale == null ? null : !today.isAfter(warrantyEnds) && mileage <= current.repairWarrantyKm();
        return new Ledger(vehicle.vin(), sale, mileage, periodEnds, inside, warrantyEnds, insideWarranty, repairDays, sameProblem,
                seriousSafety, byName(majorParts), loanerDue, level, List.copyOf(reasons), judgedBy.effectiveFrom(), List.copyOf(lines));
    }

    private static Reason loaner(Repair repair, int day, RuleVersion rules) {
        return new Reason("LOANER:" + repair.dealer() + ":" + repair.reference(), WarningLevel.NONE,
                "维修单 " + repair.reference() + " 已进入第 " + day + " 天：自第 " + rules.loanerFromDay() + " 天起应提供备用车或交通补偿",
                "repair " + repair.reference() + " is in its day " + day + ": a loaner car or transport compensation is owed from day "
                        + rules.loanerFromDay());
    }

    private static Map<String, Integer> byName(Map<MajorPart, Integer> counts) {
        Map<String, Integer> named = new HashMap<>();
        counts.forEach((part, count) -> named.put(part.name(), count));
        return named;
    }

    public static LocalDate day(Instant instant) {
        return instant.atZone(CHINA).toLocalDate();
    }
}
