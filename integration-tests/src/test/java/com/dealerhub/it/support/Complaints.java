package com.dealerhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Test-data builders and look-ups for complaints, through the public API only. */
public final class Complaints {

    public static final String PATH = "/platform/api/complaints";

    private Complaints() {
    }

    /** A complaint as CAC records it, on a fresh VIN unless one is given. */
    public static JsonObjectBuilder body(String dealer, String vin, String fault) {
        return Json.createObjectBuilder()
                .add("dealer", dealer).add("source", "HOTLINE").add("category", "PRODUCT_QUALITY")
                .add("customerName", "Wei Lan").add("customerPhone", "13800001234")
                .add("vin", vin == null ? Vins.random() : vin).add("model", "Aurora S5").add("faultCategory", fault)
                .add("subject", "Engine warning light " + Cases.uniqueWord()).add("description", "comes on after a cold start");
    }

    public static JsonObject record(String cacUser, JsonObjectBuilder body) {
        Reply reply = Api.as(cacUser).post(PATH, body.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    /** Posts a step and expects it to succeed. */
    public static JsonObject step(String user, String id, String step, String json) {
        Reply reply = Api.as(user).post(PATH + "/" + id + "/" + step, json);
        assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
        return reply.object();
    }

    public static String note(String text) {
        return Json.createObjectBuilder().add("note", text).build().toString();
    }

    public static JsonObject get(String user, String id) {
        Reply reply = Api.as(user).get(PATH + "/" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** The status of a named clock of the complaint, or null when it has none. */
    public static String clockStatus(JsonObject complaint, String clock) {
        return complaint.getJsonArray("clocks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("clock").equals(clock)).map(c -> c.getString("status")).findFirst().orElse(null);
    }

    public static List<String> actions(JsonObject complaint) {
        return complaint.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    public static List<String> steps(JsonObject complaint) {
        return complaint.getJsonArray("timeline").stream().map(JsonObject.class::cast)
                .map(s -> s.getString("actor") + ":" + s.getString("action")).toList();
    }

    /** Reads the complaint until the condition holds, or fails after the limit. */
    public static JsonObject await(String user, String id, Duration limit, Predicate<JsonObject> condition) {
        long end = System.nanoTime() + limit.toNanos();
        JsonObject latest = get(user, id);
        while (!condition.test(latest) && System.nanoTime() < end) {
            Cases.sleep(1_000);
            latest = get(user, id);
        }
        assertThat(condition.test(latest)).as("complaint %s within %s: %s", id, limit, latest).isTrue();
        return latest;
    }
}
