package com.dealerhub.platform.threeguarantees;

import com.dealerhub.common.problem.InvalidField;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerCalculatorTest {

    private static final String VIN = "LVSHCAMB1CE054249";
    private static final LocalDate SOLD = LocalDate.of(2024, 3, 10);
    private static final RuleVersions RULES = RuleVersions.of(RuleVersion.REGULATION_2021);
    private static final Instant NOW = at(LocalDate.of(2025, 12, 1), 12);

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(LedgerCalculator.CHINA).toInstant();
    }

    private static Repair repair(String number, LocalDate day, Duration length, long mileage, String problem) {
        Instant opened = at(day, 9);
        return new Repair(RepairSource.REPAIR_ORDER, "aurora-e01", number, null, opened, opened.plus(length), mileage,
                Set.of(problem), false, null, 0);
    }

    private static Ledger ledger(List<Repair> repairs) {
        return LedgerCalculator.calculate(new LedgerCalculator.Vehicle(VIN, SOLD, null), repairs, RULES, NOW);
    }

    /** Repairs of distinct problems, each whole days long, adding up to the given days. */
    private static List<Repair> days(int total) {
        List<Repair> repairs = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 6, 1);
        for (int i = 0; total > 0; i++) {
            int length = Math.min(total, 10);
            repairs.add(repair("RO-D" + i, day.plusDays(20L * i), Duration.ofDays(length), 10_000, "P" + i));
            total -= length;
        }
        return repairs;
    }

    @Test
    void thirtyRepairDaysWarnButThirtyOneAreDue() {
        Ledger thirty = ledger(days(30));
        assertThat(thirty.repairDays()).isEqualTo(30);
        assertThat(thirty.level()).isEqualTo(WarningLevel.ORANGE);

        Ledger thirtyOne = ledger(days(31));
        assertThat(thirtyOne.repairDays()).isEqualTo(31);
        assertThat(thirtyOne.level()).isEqualTo(WarningLevel.RED);
        assertThat(thirtyOne.reasons().getFirst().code()).isEqualTo("REPAIR_DAYS");
        assertThat(thirtyOne.reasons().getFirst().zh()).contains("31");
    }

    @Test
    void warningLevelsOfRepairDays() {
        assertThat(ledger(days(19)).level()).isEqualTo(WarningLevel.NONE);
        assertThat(ledger(days(20)).level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(ledger(days(25)).level()).isEqualTo(WarningLevel.ORANGE);
    }

    @Test
    void eachStarted24HoursCountsADay() {
        assertThat(RepairDays.of(repair("A", SOLD, Duration.ofHours(24), 1, "X"), NOW)).isEqualTo(1);
        assertThat(RepairDays.of(repair("B", SOLD, Duration.ofHours(24).plusMinutes(1), 1, "X"), NOW)).isEqualTo(2);
        assertThat(RepairDays.of(repair("C", SOLD, Duration.ofMinutes(30), 1, "X"), NOW)).isEqualTo(1);
    }

    @Test
    void transportDaysOfPartsAreExcluded() {
        Instant opened = at(LocalDate.of(2024, 6, 1), 9);
        Repair waiting = new Repair(RepairSource.REPAIR_ORDER, "aurora-e01", "RO-T", null, opened, opened.plus(Duration.ofDays(35)),
                10_000, Set.of("EN-101"), false, null, 5);
        Ledger ledger = ledger(List.of(waiting));
        assertThat(ledger.repairDays()).isEqualTo(30);
        assertThat(ledger.level()).isEqualTo(WarningLevel.ORANGE);
    }

    private static List<Repair> sameProblem(int times) {
        List<Repair> repairs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            repairs.add(repair("RO-S" + i, LocalDate.of(2024, 5, 1).plusDays(30L * i), Duration.ofHours(2), 5_000 + i, "EN-101"));
        }
        return repairs;
    }

    @Test
    void theThirdSameProblemRepairIsYellowTheFourthOrangeTheFifthDue() {
        assertThat(ledger(sameProblem(2)).level()).isEqualTo(WarningLevel.NONE);
        assertThat(ledger(sameProblem(3)).level()).isEqualTo(WarningLevel.YELLOW);
        Ledger fourth = ledger(sameProblem(4));
        assertThat(fourth.sameProblem()).containsEntry("EN-101", 4);
        assertThat(fourth.level()).isEqualTo(WarningLevel.ORANGE);
        Ledger fifth = ledger(sameProblem(5));
        assertThat(fifth.level()).isEqualTo(WarningLevel.RED);
        assertThat(fifth.reasons()).extracting(Reason::code).containsExactly("SAME_PROBLEM:EN-101");
    }

    @Test
    void theFiftiethThousandKilometreIsInsideThePeriodTheNextOutside() {
        List<Repair> four = sameProblem(4);
        for (long mileage : new long[] {49_999, 50_000, 50_001}) {
            List<Repair> repairs = new ArrayList<>(four);
            repairs.add(repair("RO-KM", LocalDate.of(2025, 6, 1), Duration.ofHours(2), mileage, "EN-101"));
            Ledger ledger = ledger(repairs);
            boolean inside = mileage <= 50_000;
            assertThat(ledger.repairs().getLast().counted()).as("%d km", mileage).isEqualTo(inside);
            assertThat(ledger.level()).as("%d km", mileage).isEqualTo(inside ? WarningLevel.RED : WarningLevel.ORANGE);
            assertThat(ledger.insidePeriod()).as("%d km", mileage).isEqualTo(inside);
            assertThat(ledger.insideRepairWarranty()).isTrue();
        }
    }

    @Test
    void theLastDayOfTheTwoYearPeriodCounts() {
        LocalDate lastDay = LocalDate.of(2026, 3, 10);
        assertThat(RuleVersion.REGULATION_2021.periodLastDay(SOLD)).isEqualTo(lastDay);
        for (LocalDate day : List.of(lastDay, lastDay.plusDays(1))) {
            List<Repair> repairs = new ArrayList<>(sameProblem(4));
            // opened late in the evening, China time: the day is China's, not UTC's
            Instant opened = at(day, 23);
            repairs.add(new Repair(RepairSource.REPAIR_ORDER, "aurora-e02", "RO-END", null, opened, opened.plusSeconds(3600),
                    20_000, Set.of("EN-101"), false, null, 0));
            Ledger ledger = LedgerCalculator.calculate(new LedgerCalculator.Vehicle(VIN, SOLD, null), repairs, RULES,
                    at(lastDay.plusDays(2), 9));
            assertThat(ledger.level()).as("repair on %s", day).isEqualTo(day.equals(lastDay) ? WarningLevel.RED : WarningLevel.ORANGE);
            assertThat(ledger.insidePeriod()).isFalse();
        }
    }

    @Test
    void theVersionInEffectOnTheRepairsDayApplies() {
        LocalDate change = LocalDate.of(2025, 7, 1);
        RuleVersion stricter = new RuleVersion(change, 24, 50_000, 36, 60_000, 30, 2, 2, 2, 6, 20, 25, 2, 2).validated();
        RuleVersions versions = RuleVersions.of(RuleVersion.REGULATION_2021, stricter);
        assertThat(versions.inEffectOn(change.minusDays(1))).isEqualTo(RuleVersion.REGULATION_2021);
        assertThat(versions.inEffectOn(change)).isEqualTo(stricter);

        List<Repair> three = sameProblem(3);
        List<Repair> before = new ArrayList<>(three);
        before.removeLast();
        before.add(repair("RO-V", change.minusDays(1), Duration.ofHours(1), 9_000, "EN-101"));
        List<Repair> on = new ArrayList<>(three);
        on.removeLast();
        on.add(repair("RO-V", change, Duration.ofHours(1), 9_000, "EN-101"));
        var vehicle = new LedgerCalculator.Vehicle(VIN, SOLD, null);
        Ledger judgedByOld = LedgerCalculator.calculate(vehicle, before, versions, NOW);
        assertThat(judgedByOld.level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(judgedByOld.rulesEffectiveFrom()).isEqualTo(RuleVersion.REGULATION_2021.effectiveFrom());
        Ledger judgedByNew = LedgerCalculator.calculate(vehicle, on, versions, NOW);
        assertThat(judgedByNew.level()).isEqualTo(WarningLevel.RED);
        assertThat(judgedByNew.rulesEffectiveFrom()).isEqualTo(change);
    }

    @Test
    void seriousSafetyFaultsAndMajorPartsAreDueAtTheSecond() {
        Instant opened = at(LocalDate.of(2024, 8, 1), 9);
        Repair safety = new Repair(RepairSource.REPAIR_ORDER, "aurora-e01", "RO-1", null, opened, opened.plusSeconds(3600), 8_000,
                Set.of("BR-401"), true, MajorPart.BRAKES, 0);
        Ledger once = ledger(List.of(safety));
        assertThat(once.level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(once.seriousSafetyRepairs()).isEqualTo(1);
        Repair again = new Repair(RepairSource.CLAIM, "aurora-e02", "WC-2", null, opened.plus(Duration.ofDays(40)),
                opened.plus(Duration.ofDays(40)), 9_000, Set.of("BR-402"), true, MajorPart.BRAKES, 0);
        Ledger twice = ledger(List.of(safety, again));
        assertThat(twice.level()).isEqualTo(WarningLevel.RED);
        assertThat(twice.reasons()).extracting(Reason::code).containsExactly("SERIOUS_SAFETY", "MAJOR_PART:BRAKES");
        assertThat(twice.majorPartReplacements()).containsEntry("BRAKES", 2);
    }

    @Test
    void anOpenRepairOwesALoanerFromDaySix() {
        Instant opened = NOW.minus(Duration.ofDays(5));
        Repair fiveDays = new Repair(RepairSource.REPAIR_ORDER, "aurora-e01", "RO-L", null, opened, null, 8_000, Set.of("EN-101"),
                false, null, 0);
        assertThat(ledger(List.of(fiveDays)).loanerDue()).isFalse();
        Repair sixthDay = new Repair(RepairSource.REPAIR_ORDER, "aurora-e01", "RO-L", null, opened.minusSeconds(1), null, 8_000,
                Set.of("EN-101"), false, null, 0);
        Ledger ledger = ledger(List.of(sixthDay));
        assertThat(ledger.loanerDue()).isTrue();
        assertThat(ledger.repairDays()).isEqualTo(6);
        assertThat(ledger.reasons()).extracting(Reason::code).containsExactly("LOANER:aurora-e01:RO-L");
    }

    @Test
    void aClaimUnderTheSameDealersRepairOrderCountsOnce() {
        Instant opened = at(LocalDate.of(2024, 8, 1), 9);
        Repair order = new Repair(RepairSource.REPAIR_ORDER, "aurora-e01", "RO-9", null, opened, opened.plusSeconds(7200), 8_000,
                Set.of("EN-101"), false, null, 0);
        Repair claim = new Repair(RepairSource.CLAIM, "aurora-e01", "WC-9", "RO-9", opened, opened, 8_000, Set.of("EN-101"),
                false, null, 0);
        Repair otherDealer = new Repair(RepairSource.CLAIM, "aurora-e02", "WC-10", "RO-9", opened, opened, 8_000, Set.of("EN-101"),
                false, null, 0);
        Ledger ledger = ledger(List.of(order, claim, otherDealer));
        assertThat(ledger.repairs()).extracting(Ledger.Line::reference).containsExactlyInAnyOrder("RO-9", "WC-10");
        assertThat(ledger.sameProblem()).containsEntry("EN-101", 2);
    }

    @Test
    void aVersionWithContradictoryThresholdsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new RuleVersion(LocalDate.of(2026, 1, 1), 24, 50_000, 36, 60_000, 30, 4, 2, 2, 6, 26, 25, 3, 4)
                .validated()).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "orangeRepairDays");
    }
}
