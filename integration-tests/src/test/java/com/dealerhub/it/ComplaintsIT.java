package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Complaints;
import com.dealerhub.it.support.Mailbox;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.dealerhub.it.support.Complaints.PATH;
import static com.dealerhub.it.support.Complaints.actions;
import static com.dealerhub.it.support.Complaints.clockStatus;
import static com.dealerhub.it.support.Complaints.note;
import static com.dealerhub.it.support.Complaints.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer complaints end to end over the API: CAC records and dispatches, the dealer contacts,
 * delays and closes, CAC calls back; the non-closure rule, false closures, the repeat rule,
 * tenant isolation, bad input, and a clock shortened by head office breaching once.
 */
class ComplaintsIT {

    static final String CAC = "aurora-cac";
    static final String DEALER = "aurora-e01";
    static final String ADVISOR = "aurora-e01-advisor";
    static final String OTHER_DEALERS_ADVISOR = "aurora-e02-advisor";

    @Test
    void aComplaintGoesFromRecordingThroughADelayToAConfirmedClosure() {
        JsonObject recorded = Complaints.record(CAC, Complaints.body(DEALER, null, "ENGINE"));
        String id = recorded.getString("id");
        assertThat(recorded.getString("number")).startsWith("CP-");
        assertThat(recorded.getString("state")).isEqualTo("RECORDED");
        assertThat(clockStatus(recorded, "DISPATCH")).isEqualTo("RUNNING");
        assertThat(clockStatus(recorded, "CUSTOMER_MESSAGE")).isEqualTo("RUNNING");
        assertThat(clockStatus(recorded, "PROGRESS")).as("only emergencies report hourly").isNull();
        assertThat(actions(recorded)).containsExactly("DISPATCH");
        assertThat(actions(Complaints.get(ADVISOR, id))).isEmpty();

        JsonObject dispatched = step(CAC, id, "dispatch", "{}");
        assertThat(dispatched.getString("state")).isEqualTo("DISPATCHED");
        assertThat(clockStatus(dispatched, "DISPATCH")).isEqualTo("MET");
        assertThat(clockStatus(dispatched, "CONTACT")).isEqualTo("RUNNING");
        assertThat(clockStatus(dispatched, "CLOSURE")).isEqualTo("RUNNING");
        assertThat(actions(Complaints.get(ADVISOR, id))).containsExactly("CONTACT", "REPLY");

        JsonObject contacted = step(ADVISOR, id, "contact", note("called the customer, booked for tomorrow"));
        assertThat(contacted.getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(clockStatus(contacted, "CONTACT")).isEqualTo("MET");

        JsonObject delayed = step(ADVISOR, id, "delay",
                "{\"reason\":\"WAITING_FOR_PARTS\",\"progress\":\"sensor ordered, arrives Friday\"}");
        assertThat(delayed.getString("state")).isEqualTo("DELAYED");
        assertThat(clockStatus(delayed, "CLOSURE")).isEqualTo("PAUSED");
        JsonObject closure = delayed.getJsonArray("clocks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("clock").equals("CLOSURE")).findFirst().orElseThrow();
        assertThat(closure.getString("waitState")).isEqualTo("DELAYED");
        assertThat(closure.getString("pauseReason")).contains("WAITING_FOR_PARTS");

        JsonObject closed = step(ADVISOR, id, "close", "{\"outcome\":\"FIXED_AND_SATISFIED\",\"resolution\":\"sensor replaced\"}");
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(clockStatus(closed, "CLOSURE")).isEqualTo("MET");
        assertThat(clockStatus(closed, "CALLBACK")).isEqualTo("RUNNING");
        assertThat(actions(Complaints.get(CAC, id))).containsExactly("CONFIRM_CLOSURE", "REPORT_FALSE_CLOSURE");

        JsonObject confirmed = step(CAC, id, "callback", "{\"outcome\":\"SATISFIED\",\"note\":\"customer happy\"}");
        assertThat(confirmed.getString("state")).isEqualTo("CALLED_BACK");
        assertThat(confirmed.getString("callbackOutcome")).isEqualTo("SATISFIED");
        assertThat(clockStatus(confirmed, "CALLBACK")).isEqualTo("MET");
        assertThat(Complaints.steps(confirmed)).containsSubsequence(CAC + ":OPEN", CAC + ":DISPATCH", ADVISOR + ":CONTACT",
                ADVISOR + ":FILE_DELAY", ADVISOR + ":CLOSE", CAC + ":CONFIRM_CLOSURE");
        Reply found = awaitIndexed(recorded.getString("vin"), "CALLED_BACK");
        JsonObject hit = found.object().getJsonArray("items").getJsonObject(0);
        assertThat(hit.getString("number")).isEqualTo(recorded.getString("number"));
        assertThat(hit.getString("type")).isEqualTo("COMPLAINT");
    }

    /** Search by a complaint's VIN (one of its own indexed fields) finds it once it is in the given state. */
    private static Reply awaitIndexed(String vin, String state) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Reply found = com.dealerhub.it.support.Cases.search("aurora-analyst", vin);
        while (!(found.status() == 200 && found.object().getJsonArray("items").size() == 1
                && state.equals(found.object().getJsonArray("items").getJsonObject(0).getString("state")))
                && System.nanoTime() < end) {
            com.dealerhub.it.support.Cases.sleep(500);
            found = com.dealerhub.it.support.Cases.search("aurora-analyst", vin);
        }
        assertThat(found.object().getJsonArray("items")).as("search for %s: %s", vin, found).hasSize(1);
        return found;
    }

    @Test
    void dispatchMessagesTheStationManagerTheRegionalManagerAndTheCustomer() {
        JsonObject recorded = Complaints.record(CAC, Complaints.body(DEALER, null, "ENGINE").add("customerPhone", "13912345678"));
        String id = recorded.getString("id");
        String number = recorded.getString("number");
        step(CAC, id, "dispatch", "{}");

        Mailbox.await("aurora-e01-manager@dealers.example", number, Duration.ofSeconds(60));
        Mailbox.await("fmc-aurora-east@oem.example", number, Duration.ofSeconds(60));
        JsonObject toCustomer = awaitSms(id, "13912345678", Duration.ofSeconds(60));
        assertThat(toCustomer.getString("text")).contains(recorded.getString("subject"));
        assertThat(Api.as("aurora-e01-admin").get("/platform/api/notifications/inbox").object().getJsonArray("items").stream()
                .map(JsonObject.class::cast).anyMatch(i -> i.getString("caseNumber").equals(number))).isTrue();
        assertThat(Complaints.steps(Complaints.get(CAC, id))).contains(CAC + ":NOTIFIED");
    }

    @Test
    void theDealerAndTheRegionalManagerReplyToCacWithTheCaseNumber() {
        JsonObject recorded = Complaints.record(CAC, Complaints.body(DEALER, null, "STEERING_SUSPENSION"));
        String id = recorded.getString("id");
        step(CAC, id, "dispatch", "{}");

        JsonObject replied = step("aurora-fmc-east", id, "reply", note("I will visit the dealer tomorrow"));
        step(ADVISOR, id, "reply", note("customer booked for Monday"));

        assertThat(replied.getString("state")).isEqualTo("DISPATCHED");
        assertThat(Mailbox.await("cac@aurora.example", recorded.getString("number"), Duration.ofSeconds(60)))
                .isNotEmpty();
        assertThat(Complaints.steps(Complaints.get(CAC, id))).contains("aurora-fmc-east:REPLY", ADVISOR + ":REPLY");
        assertThat(Api.as(CAC).post(PATH + "/" + id + "/reply", note("x")).status()).as("CAC is who they reply to").isEqualTo(403);
        assertThat(Api.as("aurora-fmc-south").post(PATH + "/" + id + "/reply", note("x")).status()).isEqualTo(404);
    }

    @Test
    void aNonClosureConditionIsRefusedAsAClosureAndChangesNothing() {
        String id = inProgress(Complaints.body(DEALER, null, "ELECTRICAL"));
        long version = Complaints.get(CAC, id).getJsonNumber("version").longValue();

        Reply refused = Api.as(ADVISOR).post(PATH + "/" + id + "/close",
                "{\"outcome\":\"CALMED_NOT_REPAIRED\",\"resolution\":\"customer calmed down\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"outcome\"").contains("delay");
        JsonObject after = Complaints.get(CAC, id);
        assertThat(after.getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version);
    }

    @Test
    void callbackCoverageCountsTheClosedComplaintsCacCalledBack() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String coverage = PATH + "/callback-coverage?dealer=aurora-s01&from=" + today + "&to=" + today;
        JsonObject before = Api.as(CAC).get(coverage).object();
        String calledBack = Complaints.record(CAC, Complaints.body("aurora-s01", null, "ENGINE")).getString("id");
        String notYet = Complaints.record(CAC, Complaints.body("aurora-s01", null, "BRAKES")).getString("id");
        for (String id : new String[] {calledBack, notYet}) {
            step(CAC, id, "dispatch", "{}");
            step("aurora-s01-advisor", id, "contact", note("called"));
            step("aurora-s01-advisor", id, "close", "{\"outcome\":\"FIXED_AND_SATISFIED\",\"resolution\":\"fixed\"}");
        }
        step(CAC, calledBack, "callback", "{\"outcome\":\"SATISFIED\"}");

        JsonObject after = Api.as(CAC).get(coverage).object();

        assertThat(after.getJsonNumber("closed").longValue() - before.getJsonNumber("closed").longValue()).isEqualTo(2);
        assertThat(after.getJsonNumber("calledBack").longValue() - before.getJsonNumber("calledBack").longValue()).isEqualTo(1);
        assertThat(after.getJsonNumber("coveragePercent").doubleValue()).isLessThan(100.0);
        assertThat(Api.as(CAC).get(PATH + "/callback-coverage?from=" + today + "&to=2026-13-01").status()).isEqualTo(400);
        assertThat(Api.as(OTHER_DEALERS_ADVISOR).get(PATH + "/callback-coverage?dealer=aurora-s01&from=" + today + "&to=" + today)
                .object().getJsonNumber("closed").longValue()).as("another dealer's closures are not counted for it").isZero();
    }

    @Test
    void aFalseClosureReopensTheComplaintKeepsItsClosureClockBreachedAndIsHeldAgainstTheDealer() {
        String id = inProgress(Complaints.body(DEALER, null, "BRAKES"));
        step(ADVISOR, id, "close", "{\"outcome\":\"FIXED_AND_SATISFIED\",\"resolution\":\"pads replaced\"}");

        JsonObject reopened = step(CAC, id, "callback", "{\"outcome\":\"NOT_REPAIRED\",\"note\":\"still squeals\"}");

        assertThat(reopened.getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(reopened.getInt("falseClosures")).isEqualTo(1);
        assertThat(clockStatus(reopened, "CLOSURE")).isEqualTo("BREACHED");
        assertThat(Complaints.steps(reopened)).contains(CAC + ":REPORT_FALSE_CLOSURE");
        Reply penalties = Api.as(ADVISOR).get(PATH + "/penalties");
        assertThat(penalties.status()).isEqualTo(200);
        assertThat(penalties.array().stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("caseId").equals(id)).map(p -> p.getString("kind"))).containsExactly("FALSE_CLOSURE");
        Reply anotherDealers = Api.as(OTHER_DEALERS_ADVISOR).get(PATH + "/penalties");
        assertThat(anotherDealers.array().stream().map(JsonObject.class::cast)
                .noneMatch(p -> p.getString("caseId").equals(id))).isTrue();
    }

    @Test
    void theThirdComplaintOnOneVinAndFaultWithin48HoursEscalatesAndPenalisesTheDealer() {
        String vin = Vins.random();
        JsonObject first = Complaints.record(CAC, Complaints.body(DEALER, vin, "TRANSMISSION"));
        JsonObject otherFault = Complaints.record(CAC, Complaints.body(DEALER, vin, "NOISE_VIBRATION"));
        JsonObject second = Complaints.record(CAC, Complaints.body(DEALER, vin, "TRANSMISSION"));
        JsonObject third = Complaints.record(CAC, Complaints.body(DEALER, vin, "TRANSMISSION"));

        assertThat(first.getBoolean("repeatEscalated")).isFalse();
        assertThat(otherFault.getBoolean("repeatEscalated")).isFalse();
        assertThat(second.getBoolean("repeatEscalated")).isFalse();
        assertThat(third.getBoolean("repeatEscalated")).isTrue();
        assertThat(Complaints.steps(third)).contains("system:ESCALATED");
        assertThat(Api.as(CAC).get(PATH + "/penalties?dealer=" + DEALER).array().stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("caseId").equals(third.getString("id"))).map(p -> p.getString("kind")))
                .containsExactly("REPEATED_COMPLAINT");
    }

    @Test
    void anotherDealersComplaintAnswersNotFoundToEveryEndpoint() {
        String id = Complaints.record(CAC, Complaints.body(DEALER, null, "BODY_PAINT")).getString("id");
        step(CAC, id, "dispatch", "{}");
        Api other = Api.as(OTHER_DEALERS_ADVISOR);

        assertThat(other.get(PATH + "/" + id).status()).isEqualTo(404);
        for (String stepPath : new String[] {"contact", "progress", "customer-update"}) {
            assertThat(other.post(PATH + "/" + id + "/" + stepPath, note("x")).status()).as(stepPath).isEqualTo(404);
        }
        assertThat(other.post(PATH + "/" + id + "/delay", "{\"reason\":\"OTHER\",\"progress\":\"x\"}").status()).isEqualTo(404);
        assertThat(other.post(PATH + "/" + id + "/close", "{\"outcome\":\"FIXED_AND_SATISFIED\",\"resolution\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(Api.as("borealis-cac").post(PATH + "/" + id + "/callback", "{\"outcome\":\"SATISFIED\"}").status()).isEqualTo(404);
        assertThat(Api.as("borealis-cac").post(PATH + "/" + id + "/dispatch", "{}").status()).isEqualTo(404);
        assertThat(other.get(PATH + "?size=200").object().getJsonArray("items").stream().map(JsonObject.class::cast)
                .noneMatch(c -> c.getString("id").equals(id))).isTrue();
        assertThat(Complaints.get(CAC, id).getString("state")).isEqualTo("DISPATCHED");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long before = Api.as(CAC).get(PATH + "?dealer=" + DEALER).object().getJsonNumber("total").longValue();

        Reply noVin = Api.as(CAC).post(PATH, Complaints.body(DEALER, "NOT-A-VIN", "ENGINE").build().toString());
        Reply emergencyWithoutPoliceReport = Api.as(CAC).post(PATH, Complaints.body(DEALER, null, "FIRE")
                .add("emergency", Json.createObjectBuilder().add("insuranceStatus", "insured").add("aftermarketModifications", "none"))
                .build().toString());
        Reply unknownDealer = Api.as(CAC).post(PATH, Complaints.body("borealis-e01", null, "ENGINE").build().toString());
        Reply unknownSource = Api.as(CAC).post(PATH, Complaints.body(DEALER, null, "ENGINE").add("source", "PIGEON").build().toString());
        Reply byADealer = Api.as(ADVISOR).post(PATH, Complaints.body(DEALER, null, "ENGINE").build().toString());

        assertThat(noVin.status()).isEqualTo(400);
        assertThat(noVin.body()).contains("\"field\":\"vin\"");
        assertThat(emergencyWithoutPoliceReport.status()).isEqualTo(400);
        assertThat(emergencyWithoutPoliceReport.body()).contains("emergency.policeReport");
        assertThat(unknownDealer.status()).isEqualTo(400);
        assertThat(unknownDealer.body()).contains("\"field\":\"dealer\"");
        assertThat(unknownSource.status()).isEqualTo(400);
        assertThat(unknownSource.body()).contains("source");
        assertThat(byADealer.status()).isEqualTo(403);
        assertThat(Api.as(CAC).get(PATH + "?dealer=" + DEALER).object().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void aContactClockShortenedByHeadOfficeBreachesOnceOnTheTimeline() {
        String policy = "/platform/api/clock-policies/COMPLAINT/STANDARD/CONTACT";
        String shortened = "{\"durationSeconds\":3,\"timing\":\"WALL_CLOCK\",\"warnBeforeSeconds\":1,"
                + "\"notifyOnWarning\":[\"STATION_MANAGER\"],\"notifyOnBreach\":[\"STATION_MANAGER\",\"REGIONAL_SERVICE_MANAGER\"]}";
        String usual = "{\"durationSeconds\":7200,\"timing\":\"WALL_CLOCK\",\"warnBeforeSeconds\":1800,"
                + "\"notifyOnWarning\":[\"STATION_MANAGER\"],\"notifyOnBreach\":[\"STATION_MANAGER\",\"REGIONAL_SERVICE_MANAGER\"]}";
        assertThat(Api.as("borealis-cac").put(policy, shortened).status()).isEqualTo(200);
        try {
            String id = Complaints.record("borealis-cac", Complaints.body("borealis-e01", null, "ENGINE")).getString("id");
            step("borealis-cac", id, "dispatch", "{}");

            JsonObject breached = Complaints.await("borealis-cac", id, Duration.ofSeconds(45),
                    c -> Complaints.steps(c).contains("system:SLA_BREACHED"));
            com.dealerhub.it.support.Cases.sleep(6_000);
            JsonObject later = Complaints.get("borealis-cac", id);

            assertThat(clockStatus(breached, "CONTACT")).isEqualTo("BREACHED");
            assertThat(Complaints.steps(later).stream().filter(s -> s.equals("system:SLA_BREACHED"))).hasSize(1);
            assertThat(later.getJsonArray("timeline").toString()).contains("CONTACT breached");
        } finally {
            assertThat(Api.as("borealis-cac").put(policy, usual).status()).isEqualTo(200);
        }
    }

    @Test
    void headOfficeAloneKeepsClockPoliciesWithinBounds() {
        String policy = "/platform/api/clock-policies/COMPLAINT/STANDARD/CLOSURE";
        String body = "{\"durationSeconds\":259200,\"timing\":\"WALL_CLOCK\",\"warnBeforeSeconds\":43200,"
                + "\"notifyOnWarning\":[],\"notifyOnBreach\":[]}";
        assertThat(Api.as(ADVISOR).put(policy, body).status()).isEqualTo(403);
        assertThat(Api.as("aurora-analyst").put(policy, body).status()).isEqualTo(403);
        assertThat(Api.as(CAC).put("/platform/api/clock-policies/COMPLAINT/STANDARD/NO_SUCH_CLOCK", body).status()).isEqualTo(404);
        Reply warningTooLate = Api.as(CAC).put(policy, body.replace("43200", "259200"));
        assertThat(warningTooLate.status()).isEqualTo(400);
        assertThat(warningTooLate.body()).contains("warnBeforeSeconds");
        assertThat(Api.as("aurora-fmc-east").get("/platform/api/clock-policies?type=COMPLAINT").array()).isNotEmpty();
    }

    @Test
    void flaggedAnEmergencyLaterItsClocksTakeTheEmergencyPoliciesKeepingTheTimeCounted() {
        String id = Complaints.record(CAC, Complaints.body(DEALER, null, "FIRE")).getString("id");
        step(CAC, id, "dispatch", "{}");
        JsonObject flagged = step(CAC, id, "emergency",
                "{\"insuranceStatus\":\"insured\",\"aftermarketModifications\":\"none\",\"policeReport\":\"PR-7\"}");

        JsonObject contact = clock(flagged, "CONTACT");
        assertThat(java.time.Duration.between(java.time.Instant.parse(contact.getString("startedAt")),
                java.time.Instant.parse(contact.getString("dueAt")))).as("the emergency's 30 minutes from the same start (counted time is kept in whole seconds)")
                .isBetween(java.time.Duration.ofMinutes(30).minusSeconds(1), java.time.Duration.ofMinutes(30).plusSeconds(1));
        assertThat(clockStatus(flagged, "PROGRESS")).isEqualTo("RUNNING");
        assertThat(clockStatus(flagged, "ESCALATION")).isEqualTo("RUNNING");
        assertThat(clockStatus(flagged, "ANSWER")).as("the answer before the end of the working day").isEqualTo("RUNNING");
        assertThat(flagged.getJsonObject("emergency").getString("policeReport")).isEqualTo("PR-7");
        assertThat(Api.as(CAC).post(PATH + "/" + id + "/emergency",
                "{\"insuranceStatus\":\"x\",\"aftermarketModifications\":\"x\",\"policeReport\":\"x\"}").status()).isEqualTo(409);
        assertThat(Api.as(ADVISOR).post(PATH + "/" + id + "/emergency",
                "{\"insuranceStatus\":\"x\",\"aftermarketModifications\":\"x\",\"policeReport\":\"x\"}").status()).isEqualTo(403);
    }

    private static JsonObject clock(JsonObject complaint, String name) {
        return complaint.getJsonArray("clocks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("clock").equals(name)).findFirst().orElseThrow();
    }

    /** The local SMS gateway's message to a phone about a case, once delivered. */
    private static JsonObject awaitSms(String caseId, String phone, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            var sent = Api.as(CAC).get("/platform/api/notifications/sms?case=" + caseId).array().stream()
                    .map(JsonObject.class::cast).filter(m -> m.getString("phone").equals(phone)).findFirst();
            if (sent.isPresent() || System.nanoTime() > end) {
                return sent.orElseThrow(() -> new AssertionError("no SMS to " + phone + " within " + limit));
            }
            com.dealerhub.it.support.Cases.sleep(500);
        }
    }

    /** A complaint recorded, dispatched and contacted. */
    private static String inProgress(jakarta.json.JsonObjectBuilder body) {
        String id = Complaints.record(CAC, body).getString("id");
        step(CAC, id, "dispatch", "{}");
        step(ADVISOR, id, "contact", note("called"));
        return id;
    }
}
