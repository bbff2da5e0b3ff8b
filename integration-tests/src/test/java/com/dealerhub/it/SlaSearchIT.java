package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Deadlines;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases are searchable by their SLA state: a case whose clock came due breaches (the scheduler
 * fires and the case is indexed again), another runs on time, a third has no clock. Search
 * filters by state and by the next due time, and counts each state as a facet.
 */
class SlaSearchIT {

    private static final String ADVISOR = "aurora-e02-advisor";
    private static final String ANALYST = "aurora-analyst";

    @Test
    void aBreachedAndAnOnTimeCaseAreFoundByTheirSlaStateCountedAndFilteredByDueTime() throws SQLException {
        String word = Cases.uniqueWord();
        Opened late = open("Late " + word);
        Opened onTime = open("On time " + word);
        Opened without = open("No clock " + word);
        // due a minute ago and not yet breached: the scheduler fires the breach and the case is indexed again
        Deadlines.insert("aurora", "aurora-e02", late.id(), "CONTACT", "now() - interval '1 minute'", "NULL", false, false);
        Deadlines.insert("aurora", "aurora-e02", onTime.id(), "CLOSE", "now() + interval '3 days'", "now() + interval '2 days'", false, false);
        // the on-time clock does not fire: the case's next change indexes it again, with its clock
        assertThat(Api.as(ADVISOR).post("/platform/api/cases/" + onTime.id() + "/transitions",
                "{\"action\":\"START\",\"note\":\"on it\"}").status()).isEqualTo(200);
        String lateNumber = late.number();
        String onTimeNumber = onTime.number();
        String withoutNumber = without.number();

        awaitTotal("q=" + word + "&slaState=BREACHED", 1);
        awaitTotal("q=" + word + "&slaState=ON_TIME", 1);

        assertThat(numbers("q=" + word + "&slaState=BREACHED")).containsExactly(lateNumber);
        assertThat(numbers("q=" + word + "&slaState=ON_TIME")).containsExactly(onTimeNumber);
        assertThat(numbers("q=" + word + "&slaState=NONE")).containsExactly(withoutNumber);
        assertThat(numbers("q=" + word + "&slaState=BREACHED&slaState=ON_TIME")).containsExactlyInAnyOrder(lateNumber, onTimeNumber);
        assertThat(numbers("q=" + word + "&slaState=WARNED")).isEmpty();

        JsonObject found = search("q=" + word);
        assertThat(facet(found, "slaState")).isEqualTo(Map.of("BREACHED", 1L, "ON_TIME", 1L, "NONE", 1L));
        JsonObject lateItem = item(found, lateNumber);
        assertThat(lateItem.getString("slaState")).isEqualTo("BREACHED");
        JsonObject clock = lateItem.getJsonArray("clocks").getJsonObject(0);
        assertThat(clock.getString("name")).isEqualTo("CONTACT");
        assertThat(clock.getString("status")).isEqualTo("BREACHED");
        assertThat(clock.getBoolean("warned")).isFalse();
        assertThat(Instant.parse(clock.getString("dueAt"))).isBefore(Instant.now());
        JsonObject onTimeItem = item(found, onTimeNumber);
        assertThat(onTimeItem.getJsonArray("clocks").getJsonObject(0).getString("status")).isEqualTo("RUNNING");
        assertThat(Instant.parse(onTimeItem.getString("nextDueAt"))).isAfter(Instant.now().plus(Duration.ofDays(2)));
        assertThat(item(found, withoutNumber).getJsonArray("clocks")).isEmpty();

        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        assertThat(numbers("q=" + word + "&dueBefore=" + Api.encode(tomorrow.toString()))).containsExactly(lateNumber);
        assertThat(numbers("q=" + word + "&dueBefore=" + LocalDate.now(ZoneOffset.UTC).plusDays(5)))
                .containsExactlyInAnyOrder(lateNumber, onTimeNumber);
        assertThat(numbers("q=" + word + "&dueBefore=" + Api.encode(Instant.now().minus(1, ChronoUnit.DAYS).toString()))).isEmpty();
    }

    @Test
    void badSlaParametersAreProblemsNamingTheParameter() {
        Map<String, String> bad = Map.of(
                "slaState", "LATE", "dueBefore", "tomorrow");
        Map<String, String> absurd = Map.of(
                "slaState", "x".repeat(50_000), "dueBefore", "+999999999-01-01T00:00:00Z");
        for (Map<String, String> values : List.of(bad, absurd, Map.of("dueBefore", "2026-05-01T08:00:00", "slaState", "breached"))) {
            values.forEach((parameter, value) -> {
                Reply reply = Api.as(ANALYST).get("/reporting/api/search?" + parameter + "=" + Api.encode(value));

                assertThat(reply.status()).as("%s=%s: %s", parameter, value.length() > 40 ? value.substring(0, 40) : value, reply).isEqualTo(400);
                assertThat(reply.object().getString("field")).isEqualTo(parameter);
            });
        }
        Reply many = Api.as(ANALYST).get("/reporting/api/search?" + "slaState=NONE&".repeat(101));
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.object().getString("field")).isEqualTo("slaState");
    }

    private record Opened(String id, String number) {
    }

    private static Opened open(String subject) {
        JsonObject opened = Cases.open("aurora-e02-claims", subject, "SLA search");
        return new Opened(opened.getString("id"), opened.getString("number"));
    }

    private static JsonObject search(String query) {
        Reply reply = Api.as(ANALYST).get("/reporting/api/search?size=100&" + query);
        assertThat(reply.status()).as("search %s: %s", query, reply).isEqualTo(200);
        return reply.object();
    }

    private static List<String> numbers(String query) {
        return search(query).getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    private static void awaitTotal(String query, int total) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (search(query).getInt("total") != total && System.nanoTime() < deadline) {
            Cases.sleep(500);
        }
        assertThat(search(query).getInt("total")).as("found by %s", query).isEqualTo(total);
    }

    private static JsonObject item(JsonObject found, String number) {
        return found.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("number").equals(number)).findFirst().orElseThrow();
    }

    private static Map<String, Long> facet(JsonObject found, String facet) {
        return found.getJsonObject("facets").getJsonArray(facet).stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(b -> b.getString("value"), b -> b.getJsonNumber("count").longValue()));
    }
}
