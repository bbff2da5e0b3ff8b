package com.dealerhub.reporting.kpi;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.reporting.kpi.definition.KpiCatalogue;
import com.dealerhub.reporting.kpi.evaluation.Figure;
import com.dealerhub.reporting.kpi.evaluation.Figures;
import com.dealerhub.reporting.kpi.evaluation.Group;
import com.dealerhub.reporting.kpi.evaluation.GroupBy;
import com.dealerhub.reporting.kpi.evaluation.Interval;
import com.dealerhub.reporting.kpi.evaluation.KpiQuery;
import com.dealerhub.reporting.kpi.evaluation.KpiReport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Every KPI formula of the catalogue on small hand-computed data, as the index would count it. */
class KpiFormulasTest {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);
    private static final Group NETWORK = new Group("aurora", "Aurora");
    private static final List<Group> DEALERS = List.of(new Group("d1", "One"), new Group("d2", "Two"), new Group("d3", "Three"));

    private final List<JsonObject> documents = new ArrayList<>();

    private JsonObjectBuilder record(String dealer, String kind) {
        return Json.createObjectBuilder().add("network", "aurora").add("dealerCode", dealer).add("regionCode", "east").add("kind", kind);
    }

    private void add(JsonObjectBuilder document) {
        documents.add(document.build());
    }

    private KpiReport report(String code, GroupBy by, Interval interval, String reachOf) throws IOException {
        KpiQuery query = new KpiQuery(FROM, TO, interval, by, List.of(), List.of());
        List<Group> groups = by == GroupBy.NETWORK ? List.of(NETWORK) : DEALERS;
        return new Figures(query, new Figures.Rows(NETWORK, groups, 3), new DocumentCounter(query, documents, reachOf))
                .report(KpiCatalogue.inEffect(code, TO).orElseThrow());
    }

    private Figure total(String code) throws IOException {
        return report(code, GroupBy.NETWORK, Interval.TOTAL, null).rows().getFirst();
    }

    private Figure of(KpiReport report, String dealer) {
        return report.rows().stream().filter(f -> f.group().code().equals(dealer)).findFirst().orElseThrow();
    }

    @Test
    void appointmentRateCountsArrivalsByAppointmentOverAllArrivalsOfThePeriodByTheNetworksDay() throws IOException {
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-02T02:00:00Z").add("byAppointment", true));
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-03T02:00:00Z").add("byAppointment", true));
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-04T02:00:00Z"));
        // 1 November 01:00 in Shanghai: outside October although still 31 October in UTC.
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-31T17:00:00Z").add("byAppointment", true));
        // 1 October 00:30 in Shanghai: inside.
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-09-30T16:30:00Z").add("byAppointment", false));

        Figure rate = total("APPOINTMENT_RATE");

        assertThat(rate.count()).isEqualTo(2);
        assertThat(rate.base()).isEqualTo(4);
        assertThat(rate.value()).isEqualTo(0.5);
    }

    @Test
    void appointmentKpisReadTheirOwnDatesAndFlags() throws IOException {
        add(record("d1", "APPOINTMENT").add("madeAt", "2026-10-01T01:00:00Z").add("initiative", "ACTIVE")
                .add("scheduledFor", "2026-10-05T01:00:00Z").add("arrived", true).add("arrivedOnTime", true).add("completedOnTime", true));
        add(record("d1", "APPOINTMENT").add("madeAt", "2026-10-01T01:00:00Z").add("initiative", "PASSIVE")
                .add("scheduledFor", "2026-10-06T01:00:00Z").add("arrived", true).add("arrivedOnTime", false));
        add(record("d1", "APPOINTMENT").add("madeAt", "2026-10-02T01:00:00Z").add("initiative", "ACTIVE")
                .add("scheduledFor", "2026-10-07T01:00:00Z"));
        add(record("d1", "APPOINTMENT").add("madeAt", "2026-09-20T01:00:00Z").add("initiative", "PASSIVE")
                .add("scheduledFor", "2026-10-08T01:00:00Z").add("arrived", true).add("arrivedOnTime", true));

        assertThat(total("ACTIVE_APPOINTMENT_RATE").value()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(total("PASSIVE_APPOINTMENT_RATE").value()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(total("APPOINTMENT_ON_TIME_RATE").value()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(total("APPOINTMENT_ON_TIME_COMPLETION").value()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void repairOrderRatesCountMissingFlagsAsFalseAndLeaveOrdersWithoutTheirFactsOutOfTheDenominator() throws IOException {
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-02T02:00:00Z").add("repeatRepair", true).add("shortOfParts", true)
                .add("delivered", true).add("deliveredAt", "2026-10-03T02:00:00Z").add("qcDone", true).add("qcPassed", true)
                .add("promisedAt", "2026-10-03T03:00:00Z").add("deliveredOnTime", true).add("completedOnTime", true)
                .add("estimateAmount", 100).add("actualAmount", 108).add("estimateAccurate", true));
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-02T02:00:00Z")
                .add("delivered", true).add("deliveredAt", "2026-10-04T02:00:00Z").add("qcDone", true)
                .add("estimateAmount", 100).add("actualAmount", 150).add("estimateAccurate", false));
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-02T02:00:00Z")
                .add("delivered", true).add("deliveredAt", "2026-10-05T02:00:00Z")
                .add("promisedAt", "2026-10-04T02:00:00Z"));
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-20T02:00:00Z"));

        assertThat(total("FIRST_TIME_FIX_RATE").value()).isEqualTo(0.75);
        assertThat(total("PARTS_FILL_RATE").value()).isEqualTo(0.75);
        assertThat(total("QC_RATE").value()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(total("QC_PASS_RATE").value()).isEqualTo(0.5);
        Figure onTime = total("ON_TIME_DELIVERY_RATE");
        assertThat(onTime.count()).isEqualTo(1);
        assertThat(onTime.base()).isEqualTo(2);
        assertThat(total("ON_TIME_COMPLETION_RATE").value()).isCloseTo(1.0 / 3, within(1e-9));
        Figure estimate = total("ESTIMATE_ACCURACY");
        assertThat(estimate.base()).isEqualTo(2);
        assertThat(estimate.value()).isEqualTo(0.5);
    }

    @Test
    void complaintRateDividesTheDealersComplaintsByItsDeliveries() throws IOException {
        for (int i = 1; i <= 8; i++) {
            add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-0" + i + "T02:00:00Z")
                    .add("delivered", true).add("deliveredAt", "2026-10-0" + i + "T06:00:00Z"));
        }
        add(record("d1", "COMPLAINT").add("receivedAt", "2026-10-09T02:00:00Z").add("handledInTime", true).add("closed", true).add("closedSatisfied", true));
        add(record("d1", "COMPLAINT").add("receivedAt", "2026-10-10T02:00:00Z").add("closed", true));

        assertThat(total("COMPLAINT_RATE").value()).isEqualTo(0.25);
        assertThat(total("TIMELY_HANDLING_RATE").value()).isEqualTo(0.5);
        assertThat(total("SATISFIED_CLOSURE_RATE").value()).isEqualTo(0.5);
    }

    @Test
    void followUpCallsAreEffectiveWhenTheyReachTheCustomerWithinThreeWorkingDays() throws IOException {
        add(record("d1", "FOLLOW_UP_CALL").add("deliveredAt", "2026-10-09T02:00:00Z").add("reached", true).add("satisfied", true).add("withinThreeWorkingDays", true));
        add(record("d1", "FOLLOW_UP_CALL").add("deliveredAt", "2026-10-09T02:00:00Z").add("reached", true).add("withinThreeWorkingDays", false));
        add(record("d1", "FOLLOW_UP_CALL").add("deliveredAt", "2026-10-09T02:00:00Z").add("withinThreeWorkingDays", true));
        add(record("d1", "FOLLOW_UP_CALL").add("deliveredAt", "2026-10-10T02:00:00Z"));

        assertThat(total("FOLLOW_UP_SATISFACTION_RATE").value()).isEqualTo(0.5);
        assertThat(total("EFFECTIVE_CALLBACK_RATE").value()).isEqualTo(0.25);
    }

    @Test
    void rescueScoreWeighsItsFiveRatesThirtyFortyTenTenTen() throws IOException {
        // dispatched 4, closed 2 (1 satisfied, 2 restored), on time 3, first attempt 2
        add(record("d1", "ROADSIDE_RESCUE").add("requestedAt", "2026-10-02T02:00:00Z").add("dispatched", true).add("closed", true)
                .add("customerSatisfied", true).add("restoredToDrive", true).add("arrivedOnTime", true).add("firstAttemptSucceeded", true));
        add(record("d1", "ROADSIDE_RESCUE").add("requestedAt", "2026-10-03T02:00:00Z").add("dispatched", true).add("closed", true)
                .add("restoredToDrive", true).add("arrivedOnTime", true).add("firstAttemptSucceeded", true));
        add(record("d1", "ROADSIDE_RESCUE").add("requestedAt", "2026-10-04T02:00:00Z").add("dispatched", true).add("arrivedOnTime", true));
        add(record("d1", "ROADSIDE_RESCUE").add("requestedAt", "2026-10-05T02:00:00Z").add("dispatched", true));
        add(record("d1", "ROADSIDE_RESCUE").add("requestedAt", "2026-10-05T02:00:00Z"));

        Figure score = total("RESCUE_SCORE");

        // 30 × 2/4 + 40 × 1/2 + 10 × 3/4 + 10 × 2/2 + 10 × 2/4 = 15 + 20 + 7.5 + 10 + 5
        assertThat(score.value()).isEqualTo(57.5);
        assertThat(score.components()).containsEntry("RESCUE_SATISFACTION", 0.5).containsEntry("RESCUE_ON_TIME_ARRIVAL", 0.75);
    }

    @Test
    void anEmptyDenominatorIsNoDataNotZeroAndEveryDealerInReachHasItsRow() throws IOException {
        add(record("d1", "ROADSIDE_RESCUE").add("requestedAt", "2026-10-02T02:00:00Z").add("dispatched", true));
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-02T02:00:00Z").add("byAppointment", true));

        KpiReport byDealer = report("APPOINTMENT_RATE", GroupBy.DEALER, Interval.TOTAL, null);
        assertThat(byDealer.rows()).hasSize(3);
        assertThat(of(byDealer, "d1").value()).isEqualTo(1.0);
        assertThat(of(byDealer, "d2").noData()).isTrue();
        assertThat(of(byDealer, "d2").value()).isNull();
        // one dispatched rescue, none closed: the satisfaction component has no data, so neither has the score
        Figure score = total("RESCUE_SCORE");
        assertThat(score.noData()).isTrue();
        assertThat(score.value()).isNull();
        assertThat(total("CLAIM_CYCLE_TIME").noData()).isTrue();
    }

    @Test
    void monthlyPeriodsSplitByTheNetworksCalendarAndTheNetworkFigureStandsBesideADealersOwn() throws IOException {
        add(record("d1", "REPAIR_ORDER").add("openedAt", "2026-10-02T02:00:00Z").add("byAppointment", true));
        add(record("d2", "REPAIR_ORDER").add("openedAt", "2026-10-02T02:00:00Z"));
        add(record("d2", "REPAIR_ORDER").add("openedAt", "2026-10-03T02:00:00Z"));
        add(record("d2", "REPAIR_ORDER").add("openedAt", "2026-10-04T02:00:00Z").add("byAppointment", true));

        KpiReport seenByD1 = report("APPOINTMENT_RATE", GroupBy.DEALER, Interval.MONTH, "d1");

        assertThat(of(seenByD1, "d1").value()).isEqualTo(1.0);
        assertThat(of(seenByD1, "d2").noData()).isTrue();
        assertThat(seenByD1.network()).singleElement().satisfies(n -> {
            assertThat(n.period().key()).isEqualTo("2026-10");
            assertThat(n.value()).isEqualTo(0.5);
        });
    }

    @Test
    void claimKpisReadCycleHoursFirstAdjudicationAndReasons() throws IOException {
        add(record("d1", "").add("type", "WARRANTY").add("submittedAt", "2026-10-02T02:00:00Z").add("decidedAt", "2026-10-03T02:00:00Z")
                .add("cycleHours", 24).add("autoPassedFirst", true).add("returned", false).add("returnReasons", Json.createArrayBuilder()));
        add(record("d1", "").add("type", "WARRANTY").add("submittedAt", "2026-10-02T02:00:00Z").add("decidedAt", "2026-10-05T02:00:00Z")
                .add("cycleHours", 72).add("autoPassedFirst", false).add("returned", true)
                .add("returnReasons", Json.createArrayBuilder().add("LaborWithinFlatRate").add("APPROVER")));
        add(record("d1", "").add("type", "WARRANTY").add("submittedAt", "2026-10-04T02:00:00Z").add("autoPassedFirst", false)
                .add("returned", true).add("rejected", true).add("returnReasons", Json.createArrayBuilder().add("LaborWithinFlatRate"))
                .add("rejectionReasons", Json.createArrayBuilder().add("APPROVER")));
        add(record("d1", "").add("type", "WARRANTY"));

        assertThat(total("CLAIM_CYCLE_TIME").value()).isEqualTo(48.0);
        assertThat(total("CLAIM_CYCLE_TIME").base()).isEqualTo(2);
        assertThat(total("AUTO_ADJUDICATION_PASS_RATE").value()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(total("CLAIM_REJECTION_RATE").value()).isCloseTo(1.0 / 3, within(1e-9));
        KpiReport byReason = report("CLAIM_RETURN_RATE", GroupBy.REASON, Interval.TOTAL, null);
        assertThat(byReason.rows()).extracting(f -> f.group().code() + "=" + f.count() + "/" + f.base())
                .containsExactlyInAnyOrder("LaborWithinFlatRate=2/3", "APPROVER=1/3");
    }

    @Test
    void complaintClockRatesLeaveRunningClocksOutAndRepeatsCountTheEscalatedOnes() throws IOException {
        add(record("d1", "").add("type", "COMPLAINT").add("createdAt", "2026-10-02T02:00:00Z")
                .add("clockStatus", Json.createObjectBuilder().add("CONTACT", "MET").add("CLOSURE", "MET")));
        add(record("d1", "").add("type", "COMPLAINT").add("createdAt", "2026-10-02T02:00:00Z")
                .add("clockStatus", Json.createObjectBuilder().add("CONTACT", "BREACHED").add("CLOSURE", "RUNNING")).add("repeatEscalated", true));
        add(record("d1", "").add("type", "COMPLAINT").add("createdAt", "2026-10-02T02:00:00Z")
                .add("clockStatus", Json.createObjectBuilder().add("CONTACT", "RUNNING")));
        add(record("d1", "").add("type", "COMPLAINT").add("createdAt", "2026-10-02T02:00:00Z"));

        assertThat(total("COMPLAINT_CONTACT_RATE").value()).isEqualTo(0.5);
        assertThat(total("COMPLAINT_CLOSURE_RATE").value()).isEqualTo(1.0);
        assertThat(total("REPEAT_COMPLAINT_RATE").value()).isEqualTo(0.25);
    }

    @Test
    void theKpisOfTrainingAndPartsCountOutcomesAndEndedClocks() throws IOException {
        add(record("d1", "").add("type", "CERTIFICATION").add("state", "CERTIFIED").add("createdAt", "2026-10-02T02:00:00Z")
                .add("clockStatus", Json.createObjectBuilder().add("CHECK", "MET")));
        add(record("d1", "").add("type", "CERTIFICATION").add("state", "FAILED").add("createdAt", "2026-10-02T02:00:00Z")
                .add("clockStatus", Json.createObjectBuilder().add("CHECK", "BREACHED")));
        add(record("d1", "").add("type", "CERTIFICATION").add("state", "INVITED").add("createdAt", "2026-10-02T02:00:00Z")
                .add("clockStatus", Json.createObjectBuilder().add("CHECK", "MET")));
        add(record("d1", "").add("type", "MISSING_PART").add("createdAt", "2026-10-02T02:00:00Z")
                .add("clockStatus", Json.createObjectBuilder().add("MISSING_PART_CONFIRM", "RUNNING")));

        assertThat(total("CERTIFICATION_PASS_RATE").value()).isEqualTo(0.5);
        assertThat(total("CERTIFICATION_CHECK_ON_TIME").value()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(total("MISSING_PART_CONFIRM_ON_TIME").noData()).as("a running clock has not ended").isTrue();
        assertThat(total("TRAINING_NEED_ANSWER_ON_TIME").noData()).isTrue();
    }

    @Test
    void accountRequestsAreCountedPerDealerBesideTheNetworksAveragePerDealer() throws IOException {
        add(record("d1", "").add("type", "ACCOUNT_REQUEST").add("createdAt", "2026-10-02T02:00:00Z"));
        add(record("d1", "").add("type", "ACCOUNT_REQUEST").add("createdAt", "2026-10-03T02:00:00Z"));
        add(record("d2", "").add("type", "ACCOUNT_REQUEST").add("createdAt", "2026-10-03T02:00:00Z"));

        KpiReport report = report("ACCOUNT_REQUESTS", GroupBy.DEALER, Interval.TOTAL, null);

        assertThat(of(report, "d1").value()).isEqualTo(2.0);
        assertThat(of(report, "d3").value()).isEqualTo(0.0);
        assertThat(report.network().getFirst().value()).isEqualTo(1.0);
    }

    @Test
    void aReportAsksForASensibleRange() {
        assertThatThrownBy(() -> new KpiQuery(TO, FROM, Interval.MONTH, GroupBy.DEALER, List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.getMessage()).contains("before"));
        assertThatThrownBy(() -> new KpiQuery(LocalDate.of(2020, 1, 1), TO, Interval.DAY, GroupBy.DEALER, List.of(), List.of()))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> report("APPOINTMENT_RATE", GroupBy.REASON, Interval.TOTAL, null)).isInstanceOf(InvalidField.class);
    }

    @Test
    void everyKpiOfDomainSectionEightHasAVersionInEffect() {
        assertThat(KpiCatalogue.codes()).contains("APPOINTMENT_RATE", "APPOINTMENT_ON_TIME_RATE", "ACTIVE_APPOINTMENT_RATE",
                "PASSIVE_APPOINTMENT_RATE", "APPOINTMENT_ON_TIME_COMPLETION", "FIRST_TIME_FIX_RATE", "PARTS_FILL_RATE", "QC_RATE",
                "QC_PASS_RATE", "ON_TIME_DELIVERY_RATE", "ON_TIME_COMPLETION_RATE", "ESTIMATE_ACCURACY", "COMPLAINT_RATE",
                "TIMELY_HANDLING_RATE", "SATISFIED_CLOSURE_RATE", "FOLLOW_UP_SATISFACTION_RATE", "EFFECTIVE_CALLBACK_RATE",
                "RESCUE_SCORE", "CLAIM_CYCLE_TIME", "AUTO_ADJUDICATION_PASS_RATE", "CLAIM_RETURN_RATE", "CLAIM_REJECTION_RATE",
                "COMPLAINT_CONTACT_RATE", "COMPLAINT_CLOSURE_RATE", "REPEAT_COMPLAINT_RATE", "ACCOUNT_REQUESTS");
        assertThat(KpiCatalogue.codes()).allSatisfy(code -> assertThat(KpiCatalogue.inEffect(code, TO)).isPresent());
        assertThat(KpiCatalogue.inEffect("APPOINTMENT_RATE", LocalDate.of(2019, 12, 31))).isEmpty();
    }
}
