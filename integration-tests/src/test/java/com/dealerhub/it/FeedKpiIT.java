package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dealers' feed through to its KPIs: events sent by a DMS become figures whose numerator and
 * denominator equal the records the drill-down lists; another dealer sees "no data" for itself and the
 * network's figure beside it, never the first dealer's records; a repair order is answered with its
 * VIN's three-guarantees standing.
 */
class FeedKpiIT {

    private static final String BATCHES = "/platform/api/service-feed/batches";
    /** A month no demo data and no other test writes into: February 2024. */
    private static final String MONTH = "from=2024-02-01&to=2024-02-29";

    private static String repairOrder(String run, int n, boolean byAppointment, boolean repeat, String vin, boolean quality) {
        return ("{'key':'%s-ro-%d','kind':'REPAIR_ORDER','number':'%s-RO-%d','occurredAt':'2024-02-1%dT10:00:00+08:00',"
                + "'openedAt':'2024-02-1%dT09:00:00+08:00','vin':'%s','mileage':%d,'byAppointment':%b,'repeatRepair':%b,"
                + "'qualityRelated':%b,'problemCode':'ENGINE-NOISE'}")
                .formatted(run, n, run, n, n, n, vin, 12000 + n, byAppointment, repeat, quality).replace('\'', '"');
    }

    private static String rescue(String run, int n, boolean closed, boolean satisfied, boolean onTime, boolean restored, boolean first) {
        return ("{'key':'%s-rr-%d','kind':'ROADSIDE_RESCUE','number':'%s-RR-%d','occurredAt':'2024-02-20T10:00:00+08:00',"
                + "'requestedAt':'2024-02-20T08:00:00+08:00','dispatched':true,'closed':%b,'customerSatisfied':%b,'arrivedOnTime':%b,"
                + "'restoredToDrive':%b,'firstAttemptSucceeded':%b}")
                .formatted(run, n, run, n, closed, satisfied, onTime, restored, first).replace('\'', '"');
    }

    private static JsonObject figure(String user, String kpi, String parameters) {
        Reply reply = Api.as(user).get("/reporting/api/kpis/" + kpi + "?" + MONTH + "&interval=MONTH&by=DEALER&" + parameters);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private static JsonObject row(JsonObject report, String dealer) {
        return report.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonObject("group").getString("code").equals(dealer)).findFirst().orElseThrow();
    }

    private static JsonObject records(String user, String kpi, String parameters) {
        Reply reply = Api.as(user).get("/reporting/api/kpis/" + kpi + "/records?" + MONTH + "&size=100&" + parameters);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private static long total(JsonObject page) {
        return page.getJsonNumber("total").longValue();
    }

    @Test
    void feedEventsBecomeFiguresThatAgreeWithTheirRecordsWithinEachCallersReach() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String vin = Vins.random();
        String batch = "{\"events\":[" + String.join(",",
                repairOrder(run, 1, true, false, vin, true), repairOrder(run, 2, true, true, vin, true),
                repairOrder(run, 3, true, false, Vins.random(), false), repairOrder(run, 4, false, false, Vins.random(), false),
                rescue(run, 1, true, true, true, true, true), rescue(run, 2, true, false, true, true, false),
                rescue(run, 3, false, false, true, false, true), rescue(run, 4, false, false, false, false, false)) + "]}";
        Reply sent = Api.as("aurora-e03-dms").post(BATCHES, batch);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.object().getInt("accepted")).isEqualTo(8);
        JsonObject first = sent.object().getJsonArray("results").getJsonObject(1);
        assertThat(first.getJsonObject("threeGuarantees").getString("vin")).isEqualTo(vin);
        assertThat(first.getJsonObject("threeGuarantees").getString("level")).isIn("NONE", "YELLOW", "ORANGE", "RED");
        awaitRecords(run, 4);

        JsonObject rate = row(figure("aurora-analyst", "APPOINTMENT_RATE", ""), "aurora-e03");
        assertThat(rate.getJsonNumber("count").longValue()).isGreaterThanOrEqualTo(3);
        JsonObject numerator = records("aurora-analyst", "APPOINTMENT_RATE", "side=NUMERATOR&dealer=aurora-e03");
        JsonObject denominator = records("aurora-analyst", "APPOINTMENT_RATE", "side=DENOMINATOR&dealer=aurora-e03");
        assertThat(total(numerator)).isEqualTo(rate.getJsonNumber("count").longValue());
        assertThat(total(denominator)).isEqualTo(rate.getJsonNumber("base").longValue());
        assertThat(numbers(numerator)).contains(run + "-RO-1", run + "-RO-2", run + "-RO-3").doesNotContain(run + "-RO-4");

        JsonObject firstTimeFix = row(figure("aurora-analyst", "FIRST_TIME_FIX_RATE", "dealer=aurora-e03"), "aurora-e03");
        assertThat(total(records("aurora-analyst", "FIRST_TIME_FIX_RATE", "side=NUMERATOR&dealer=aurora-e03")))
                .isEqualTo(firstTimeFix.getJsonNumber("count").longValue());
        assertThat(numbers(records("aurora-analyst", "FIRST_TIME_FIX_RATE", "side=NUMERATOR&dealer=aurora-e03")))
                .doesNotContain(run + "-RO-2");

        // The score weighs its components 30/40/10/10/10; each component is a ratio of records the drill-down lists.
        JsonObject score = row(figure("aurora-analyst", "RESCUE_SCORE", "dealer=aurora-e03"), "aurora-e03");
        double expected = 0;
        String[] components = {"RESCUE_DISPATCH_COMPLETION", "RESCUE_SATISFACTION", "RESCUE_ON_TIME_ARRIVAL", "RESCUE_RESTORED", "RESCUE_FIRST_ATTEMPT"};
        int[] weights = {30, 40, 10, 10, 10};
        for (int i = 0; i < components.length; i++) {
            long top = total(records("aurora-analyst", components[i], "side=NUMERATOR&dealer=aurora-e03"));
            long bottom = total(records("aurora-analyst", components[i], "side=DENOMINATOR&dealer=aurora-e03"));
            expected += weights[i] * (double) top / bottom;
        }
        assertThat(score.getJsonNumber("value").doubleValue()).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.01));

        JsonObject seenByAnother = figure("aurora-e02-admin", "APPOINTMENT_RATE", "");
        assertThat(seenByAnother.getJsonArray("rows")).singleElement()
                .satisfies(r -> assertThat(r.asJsonObject().getJsonObject("group").getString("code")).isEqualTo("aurora-e02"));
        assertThat(row(seenByAnother, "aurora-e02").getBoolean("noData")).as("no data is not zero").isTrue();
        assertThat(row(seenByAnother, "aurora-e02").getOrDefault("value", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
        JsonObject network = seenByAnother.getJsonArray("network").getJsonObject(0);
        assertThat(network.getJsonNumber("base").longValue()).isGreaterThanOrEqualTo(4);
        assertThat(total(records("aurora-e02-admin", "APPOINTMENT_RATE", "side=DENOMINATOR&dealer=aurora-e03"))).isZero();
        assertThat(total(records("aurora-fmc-south", "APPOINTMENT_RATE", "side=DENOMINATOR&dealer=aurora-e03"))).isZero();
        assertThat(figure("aurora-fmc-south", "APPOINTMENT_RATE", "dealer=aurora-e03").getJsonArray("rows")).isEmpty();
        assertThat(total(records("borealis-analyst", "APPOINTMENT_RATE", "side=DENOMINATOR&dealer=aurora-e03"))).isZero();
    }

    private static List<String> numbers(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    private static void awaitRecords(String run, int repairOrders) {
        for (int attempt = 0; attempt < 200; attempt++) {
            long found = numbers(records("aurora-analyst", "APPOINTMENT_RATE", "side=DENOMINATOR&dealer=aurora-e03")).stream()
                    .filter(n -> n.startsWith(run)).count();
            if (found == repairOrders) {
                return;
            }
            Cases.sleep(100);
        }
        throw new AssertionError("the feed's records did not reach the index");
    }
}
