package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dealers' service-process feed: a DMS batch is judged event by event (bad ones refused naming
 * the field, good ones kept), idempotent per key, a record keeps its latest snapshot, and records
 * reach the {@code dealerhub-feed} index with the derived fields of the contract, each dealer's apart.
 */
class ServiceFeedIT {

    private static final String BATCHES = "/platform/api/service-feed/batches";
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(60);

    private static String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private static String repairOrder(String key, String number, String occurredAt, String more) {
        return ("{'key':'%s','kind':'REPAIR_ORDER','number':'%s','occurredAt':'%s','openedAt':'2026-03-02T09:00:00+08:00',"
                + "'vin':'LDHPWJYHXHL309391','mileage':23810%s}").formatted(key, number, occurredAt, more).replace('\'', '"');
    }

    private static String followUpCall(String key, String number, String deliveredAt, String calledAt) {
        return ("{'key':'%s','kind':'FOLLOW_UP_CALL','number':'%s','occurredAt':'%s','repairOrder':'RO-1',"
                + "'deliveredAt':'%s','calledAt':'%s','reached':true}").formatted(key, number, calledAt, deliveredAt, calledAt)
                .replace('\'', '"');
    }

    private static JsonObject send(String user, String body) {
        Reply reply = Api.as(user).post(BATCHES, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.object();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void goodEventsAreKeptAndBadOnesRefusedNamingTheField() {
        String run = unique();
        String good = repairOrder("ro-" + run, "RO-" + run, "2026-03-02T18:00:00+08:00",
                ",'estimateAmount':1000,'actualAmount':1100,'promisedAt':'2026-03-02T17:00:00+08:00',"
                        + "'deliveredAt':'2026-03-02T17:00:00+08:00','qualityRelated':true,'problemCode':'BRK-NOISE'");
        String badVin = repairOrder("bad-" + run, "RO-B" + run, "2026-03-02T18:00:00+08:00", "").replace("LDHPWJYHXHL309391", "LDHPWJYHXHL30939O");
        String unknownKind = "{\"key\":\"k-" + run + "\",\"kind\":\"TEST_DRIVE\",\"number\":\"T-1\",\"occurredAt\":\"2026-03-02T10:00:00Z\"}";
        // Friday 6 Mar 2026 delivered, called on Wednesday 11 Mar: the third working day after.
        String call = followUpCall("fc-" + run, "FC-" + run, "2026-03-06T16:00:00+08:00", "2026-03-11T10:00:00+08:00");

        JsonObject answer = send("aurora-e01-advisor", batch(good, badVin, unknownKind, call));

        assertThat(answer.getInt("accepted")).isEqualTo(2);
        assertThat(answer.getInt("refused")).isEqualTo(2);
        JsonArray results = answer.getJsonArray("results");
        assertThat(results.getJsonObject(0).getString("status")).isEqualTo("ACCEPTED");
        JsonObject standing = results.getJsonObject(0).getJsonObject("threeGuarantees");
        assertThat(standing.getString("vin")).as("a quality-related repair order counts on its VIN's ledger").isEqualTo("LDHPWJYHXHL309391");
        assertThat(standing.getString("level")).isIn("NONE", "YELLOW", "ORANGE", "RED");
        assertThat(standing.getInt("repairDays")).isPositive();
        JsonObject refusedVin = results.getJsonObject(1);
        assertThat(refusedVin.getString("status")).isEqualTo("REFUSED");
        assertThat(refusedVin.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("events[1].vin");
        assertThat(refusedVin.getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("INVALID_VIN");
        assertThat(results.getJsonObject(2).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("events[2].kind");
        assertThat(results.getJsonObject(2).getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("UNKNOWN_KIND");

        JsonObject ro = awaitDocument("RO-" + run, d -> true);
        assertThat(ro.getString("dealerCode")).isEqualTo("aurora-e01");
        assertThat(ro.getString("network")).isEqualTo("aurora");
        assertThat(ro.getString("regionCode")).isEqualTo("aurora-east");
        assertThat(ro.getString("kind")).isEqualTo("REPAIR_ORDER");
        assertThat(ro.getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(ro.getBoolean("estimateAccurate")).as("exactly 10 %% off").isTrue();
        assertThat(ro.getBoolean("delivered")).isTrue();
        assertThat(ro.getBoolean("deliveredOnTime")).as("at the promised minute").isTrue();
        assertThat(ro.getBoolean("repeatRepair")).as("omitted = false").isFalse();
        assertThat(ro.getString("problemCode")).isEqualTo("BRK-NOISE");
        JsonObject fc = awaitDocument("FC-" + run, d -> true);
        assertThat(fc.getBoolean("withinThreeWorkingDays")).isTrue();
        assertThat(fc.getBoolean("withinSevenDays")).isTrue();
        assertThat(awaitHits("RO-B" + run, Duration.ofSeconds(2))).as("a refused event writes nothing").isEmpty();
    }

    @Test
    void theSameBatchAgainIsUnchangedAndAKeyReusedForOtherContentIsRefused() {
        String run = unique();
        String first = repairOrder("a-" + run, "RO-A" + run, "2026-03-03T10:00:00+08:00", "");
        String second = followUpCall("b-" + run, "FC-B" + run, "2026-03-03T16:00:00+08:00", "2026-03-04T10:00:00+08:00");
        assertThat(send("aurora-e01-admin", batch(first, second)).getInt("accepted")).isEqualTo(2);

        JsonObject again = send("aurora-e01-admin", batch(first, second));
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        assertThat(again.getJsonArray("results").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("status")).containsOnly("UNCHANGED");

        String otherContent = repairOrder("a-" + run, "RO-A" + run, "2026-03-03T10:00:00+08:00", ",'shortOfParts':true");
        JsonObject reused = send("aurora-e01-admin", batch(otherContent));
        JsonObject result = reused.getJsonArray("results").getJsonObject(0);
        assertThat(result.getString("status")).isEqualTo("REFUSED");
        assertThat(result.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("events[0].key");
        assertThat(result.getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("KEY_REUSED");
        assertThat(awaitDocument("RO-A" + run, d -> true).getBoolean("shortOfParts")).isFalse();
    }

    @Test
    void anOlderSnapshotDoesNotReplaceANewerOne() {
        String run = unique();
        String number = "RO-S" + run;
        send("aurora-e02-advisor", batch(repairOrder("s2-" + run, number, "2026-03-05T12:00:00+08:00", ",'qcDone':true")));
        JsonObject older = send("aurora-e02-advisor", batch(repairOrder("s1-" + run, number, "2026-03-05T09:00:00+08:00", ",'shortOfParts':true")));
        assertThat(older.getJsonArray("results").getJsonObject(0).getString("status")).as("kept in the log").isEqualTo("ACCEPTED");
        send("aurora-e02-advisor", batch(repairOrder("s3-" + run, number, "2026-03-05T15:00:00+08:00",
                ",'qcDone':true,'qcPassed':true")));

        JsonObject document = awaitDocument(number, d -> d.getJsonNumber("version").longValue() == 2);
        assertThat(document.getBoolean("qcPassed")).isTrue();
        assertThat(document.getBoolean("shortOfParts")).as("the older snapshot never applied").isFalse();
        assertThat(OffsetDateTime.parse(document.getString("occurredAt")).toInstant())
                .isEqualTo(Instant.parse("2026-03-05T07:00:00Z"));
    }

    @Test
    void anotherDealerCannotTouchThisDealersRecords() {
        String run = unique();
        String number = "RO-I" + run;
        send("aurora-e01-advisor", batch(repairOrder("i-" + run, number, "2026-03-06T10:00:00+08:00", ",'qcDone':true")));
        // The same key and record number from another dealer, later: its own record, never this one.
        JsonObject other = send("aurora-e02-advisor", batch(repairOrder("i-" + run, number, "2026-03-06T11:00:00+08:00", "")));
        assertThat(other.getJsonArray("results").getJsonObject(0).getString("status")).isEqualTo("ACCEPTED");
        JsonObject otherNetwork = send("borealis-e01-advisor", batch(repairOrder("i-" + run, number, "2026-03-06T12:00:00+08:00", "")));
        assertThat(otherNetwork.getJsonArray("results").getJsonObject(0).getString("status")).isEqualTo("ACCEPTED");

        List<JsonObject> documents = awaitHits(number, INDEXED_WITHIN, hits -> hits.size() == 3);
        JsonObject mine = documents.stream().filter(d -> d.getString("dealerCode").equals("aurora-e01")).findFirst().orElseThrow();
        assertThat(mine.getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(mine.getBoolean("qcDone")).isTrue();
        assertThat(documents).extracting(d -> d.getString("dealerCode"))
                .containsExactlyInAnyOrder("aurora-e01", "aurora-e02", "borealis-e01");
    }

    @Test
    void onlyADealersAdministratorOrServiceAdvisorSendsTheFeed() {
        String event = repairOrder("r-" + unique(), "RO-R" + unique(), "2026-03-06T10:00:00+08:00", "");
        for (String user : List.of("aurora-analyst", "aurora-fmc-east", "aurora-e01-tech", "platform-admin")) {
            Reply refused = Api.as(user).post(BATCHES, batch(event));
            assertThat(refused.status()).as("%s: %s", user, refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aBatchWithoutEventsOrWithMoreThanAThousandIsRefusedWhole() {
        Reply empty = Api.as("aurora-e01-advisor").post(BATCHES, "{\"events\":[]}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"events\"");

        String run = unique();
        String tooMany = batch(IntStream.range(0, 1001)
                .mapToObj(i -> "{\"key\":\"m-" + run + "-" + i + "\",\"kind\":\"COMPLAINT\",\"number\":\"C-" + run + "\","
                        + "\"occurredAt\":\"2026-03-02T10:00:00Z\",\"receivedAt\":\"2026-03-02T10:00:00Z\"}")
                .toArray(String[]::new));
        Reply refused = Api.as("aurora-e01-advisor").post(BATCHES, tooMany);
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"events\"");
        assertThat(awaitHits("C-" + run, Duration.ofSeconds(2))).as("nothing written").isEmpty();
    }

    private static JsonObject awaitDocument(String number, Predicate<JsonObject> ready) {
        return awaitHits(number, INDEXED_WITHIN, hits -> hits.size() == 1 && ready.test(hits.getFirst())).getFirst();
    }

    private static List<JsonObject> awaitHits(String number, Duration within) {
        return awaitHits(number, within, hits -> !hits.isEmpty());
    }

    /** Polls the feed index directly until the documents of the record number satisfy {@code done}, or time runs out. */
    private static List<JsonObject> awaitHits(String number, Duration within, Predicate<List<JsonObject>> done) {
        Instant deadline = Instant.now().plus(within);
        String query = Json.createObjectBuilder().add("query", Json.createObjectBuilder().add("term",
                Json.createObjectBuilder().add("number", number))).build().toString();
        List<JsonObject> hits = List.of();
        while (Instant.now().isBefore(deadline)) {
            Reply reply = Api.send(HttpRequest.newBuilder(URI.create(Stack.elasticsearch() + "/dealerhub-feed/_search"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)));
            if (reply.status() == 200) {
                hits = reply.object().getJsonObject("hits").getJsonArray("hits").stream()
                        .map(JsonValue::asJsonObject).map(h -> h.getJsonObject("_source")).toList();
                if (done.test(hits)) {
                    return hits;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return hits;
    }
}
