package com.dealerhub.platform.threeguarantees;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.InvalidField;

import java.time.LocalDate;

/**
 * The three guarantees' thresholds as one version of the regulation, in effect from a date. The
 * repair counts are "due" (RED) when exceeded or reached as the regulation words them; the
 * warning thresholds say when a vehicle is approaching (YELLOW) or one step from due (ORANGE).
 *
 * @param periodMonths              三包有效期, months from sale (the day sale + months is its last day)
 * @param periodKm                  三包有效期, kilometres (this mileage still inside)
 * @param repairWarrantyMonths      包修期, months from sale
 * @param repairWarrantyKm          包修期, kilometres
 * @param maxRepairDays             replacement or refund once cumulative repair days exceed this
 * @param maxSameProblemRepairs     ... once the same problem has been repaired more than this many times
 * @param seriousSafetyRepairs      ... once a serious safety fault has been repaired this many times
 * @param majorPartReplacements     ... once the same major part has been replaced this many times
 * @param loanerFromDay             a loaner car (or transport compensation) from this day of a single repair
 * @param yellowRepairDays          YELLOW from this many cumulative repair days
 * @param orangeRepairDays          ORANGE from this many cumulative repair days
 * @param yellowSameProblemRepairs  YELLOW from this repair of the same problem
 * @param orangeSameProblemRepairs  ORANGE from this repair of the same problem
 */
public record RuleVersion(LocalDate effectiveFrom, int periodMonths, int periodKm, int repairWarrantyMonths, int repairWarrantyKm,
                          int maxRepairDays, int maxSameProblemRepairs, int seriousSafetyRepairs, int majorPartReplacements,
                          int loanerFromDay, int yellowRepairDays, int orangeRepairDays, int yellowSameProblemRepairs,
                          int orangeSameProblemRepairs) {

    /** 《家用汽车产品修理更换退货责任规定》, in force from 1 January 2022. */
    public static final RuleVersion REGULATION_2021 = new RuleVersion(LocalDate.of(2022, 1, 1), 24, 50_000, 36, 60_000,
            30, 4, 2, 2, 6, 20, 25, 3, 4);

    /** Refuses a version whose thresholds contradict each other, naming the first wrong field. */
    public RuleVersion validated() {
        if (effectiveFrom == null) {
            throw new InvalidField("effectiveFrom", "the date the version takes effect is required");
        }
        positive("periodMonths", periodMonths, 1, 120);
        positive("periodKm", periodKm, 1, 1_000_000);
        positive("repairWarrantyMonths", repairWarrantyMonths, periodMonths, 240);
        positive("repairWarrantyKm", repairWarrantyKm, periodKm, 2_000_000);
        positive("maxRepairDays", maxRepairDays, 1, 365);
        positive("maxSameProblemRepairs", maxSameProblemRepairs, 1, 50);
        positive("seriousSafetyRepairs", seriousSafetyRepairs, 1, 50);
        positive("majorPartReplacements", majorPartReplacements, 1, 50);
        positive("loanerFromDay", loanerFromDay, 1, 365);
        positive("yellowRepairDays", yellowRepairDays, 1, maxRepairDays);
        positive("orangeRepairDays", orangeRepairDays, yellowRepairDays, maxRepairDays);
        positive("yellowSameProblemRepairs", yellowSameProblemRepairs, 1, maxSameProblemRepairs);
        positive("orangeSameProblemRepairs", orangeSameProblemRepairs, yellowSameProblemRepairs, maxSameProblemRepairs);
        return this;
    }

    private static void positive(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidField(field, ProblemCode.BETWEEN.with("min", min, "max", max));
        }
    }

    /** The last day inside the 三包 period of a car sold on the day. */
    public LocalDate periodLastDay(LocalDate saleDate) {
        return saleDate.plusMonths(periodMonths);
    }

    public LocalDate repairWarrantyLastDay(LocalDate saleDate) {
        return saleDate.plusMonths(repairWarrantyMonths);
    }
}
