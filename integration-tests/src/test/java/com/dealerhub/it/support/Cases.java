package com.dealerhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Test-data builders and look-ups for cases, through the public API only. */
public final class Cases {

    private Cases() {
    }

    /** A word no other case contains, so that a search for it finds exactly what a test wrote. */
    public static String uniqueWord() {
        return "tag" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Opens a case as a dealer user and returns it. */
    public static JsonObject open(String dealerUser, String subject, String description) {
        Reply reply = Api.as(dealerUser).post("/platform/api/cases", Json.createObjectBuilder()
                .add("type", "TECHNICAL_ASSISTANCE").add("subject", subject).add("description", description)
                .build().toString());
        assertThat(reply.status()).as("open case: %s", reply).isEqualTo(201);
        return reply.object();
    }

    /** "actor:action" for each step of a case's timeline, as the API returns the case. */
    public static List<String> steps(JsonObject caseView) {
        return caseView.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .map(s -> s.getString("actor") + ":" + s.getString("action")).toList();
    }

    public static Reply search(String user, String query) {
        return Api.as(user).get("/reporting/api/search?size=100&q=" + Api.encode(query));
    }

    public static List<String> numbersFound(String user, String query) {
        Reply reply = search(user, query);
        assertThat(reply.status()).as("search: %s", reply).isEqualTo(200);
        return reply.object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(item -> item.getString("number")).toList();
    }

    /** Waits until the search as {@code user} for {@code query} satisfies the condition; returns the last numbers found. */
    public static List<String> awaitSearch(String user, String query, Duration limit, Predicate<List<String>> condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> found = numbersFound(user, query);
        while (!condition.test(found) && System.nanoTime() < deadline) {
            sleep(100);
            found = numbersFound(user, query);
        }
        return found;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
