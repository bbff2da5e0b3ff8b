package com.dealerhub.it.support;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Warranty claims through the public API: a builder for claim bodies and the calls tests make most. */
public final class Claims {

    public static final String PATH = "/platform/api/warranty-claims";
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Looked up once: Json's static methods scan the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private Claims() {
    }

    /** A regular claim on a vehicle sold a year ago, repaired three days ago: every rule passes it. */
    public static Body regular(String vin) {
        return new Body("REGULAR", vin);
    }

    public static Body of(String kind, String vin) {
        return new Body(kind, vin);
    }

    /** A claim body, changed one field at a time by the tests. */
    public static final class Body {
        private final Map<String, JsonValue> fields = new LinkedHashMap<>();

        private Body(String kind, String vin) {
            set("kind", kind).set("repairOrder", "RO-" + vin.substring(11)).set("vin", vin).set("model", "S3")
                    .set("saleDate", LocalDate.now().minusYears(1).toString())
                    .set("repairDate", LocalDate.now().minusDays(3).toString())
                    .set("mileage", 42_000)
                    .set("faultDescription", "冷启动时发动机正时链条异响 Timing chain rattle on cold start")
                    .set("cause", "正时链条张紧器失效 Chain tensioner failed");
            labor("EN-101", "3.5");
            parts(part("P-10001", 1, "860.00"));
        }

        public Body set(String field, String value) {
            fields.put(field, JSON.createValue(value));
            return this;
        }

        public Body set(String field, long value) {
            fields.put(field, JSON.createValue(value));
            return this;
        }

        public Body labor(String operation, String hours) {
            fields.put("labor", JSON.createArrayBuilder().add(Claims.labor(operation, hours)).build());
            return this;
        }

        /** The staff numbers of the technicians who did the repair. */
        public Body technicians(String... staffNumbers) {
            JsonArrayBuilder technicians = JSON.createArrayBuilder();
            for (String staffNumber : staffNumbers) {
                technicians.add(staffNumber);
            }
            fields.put("technicians", technicians.build());
            return this;
        }

        public Body parts(JsonObject... items) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            for (JsonObject item : items) {
                parts.add(item);
            }
            fields.put("parts", parts.build());
            return this;
        }

        public String json() {
            JsonObjectBuilder json = JSON.createObjectBuilder();
            fields.forEach(json::add);
            return json.build().toString();
        }
    }

    public static JsonObject labor(String operation, String hours) {
        return JSON.createObjectBuilder().add("operation", operation).add("hours", JSON.createValue(new java.math.BigDecimal(hours))).build();
    }

    public static JsonObject part(String number, int quantity, String unitPrice) {
        return JSON.createObjectBuilder().add("number", number).add("quantity", quantity)
                .add("unitPrice", JSON.createValue(new java.math.BigDecimal(unitPrice))).add("causal", true).build();
    }

    /** Drafts the claim as the user and returns it. */
    public static JsonObject draft(String user, Body body) {
        Reply reply = Api.as(user).post(PATH, body.json());
        assertThat(reply.status()).as("draft: %s", reply).isEqualTo(201);
        return reply.object();
    }

    public static JsonObject ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.object();
    }

    public static JsonObject submit(String user, String id) {
        return ok(Api.as(user).post(PATH + "/" + id + "/submit", "{}"));
    }

    public static JsonObject act(String user, String id, String action, String note) {
        String body = note == null ? "{}" : JSON.createObjectBuilder().add("note", note).build().toString();
        return ok(Api.as(user).post(PATH + "/" + id + "/" + action, body));
    }

    public static void attach(String user, String id, String purpose, String name, String type, byte[] content) {
        Reply reply = Api.as(user).upload("/platform/api/cases/" + id + "/attachments?purpose=" + purpose + "&name="
                + Api.encode(name), type, content);
        assertThat(reply.status()).as("attach: %s", reply).isEqualTo(201);
    }

    public static String id(JsonObject claim) {
        return claim.getJsonObject("claim").getString("id");
    }

    public static String number(JsonObject claim) {
        return claim.getJsonObject("claim").getString("number");
    }

    public static String state(JsonObject claim) {
        return claim.getJsonObject("claim").getString("state");
    }

    /** The reasons of the rules that failed in the latest auto-adjudication. */
    public static List<String> failedReasons(JsonObject claim) {
        return claim.getJsonObject("adjudication").getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .filter(r -> !r.getBoolean("passed")).map(r -> r.getString("rule") + ": " + r.getString("reason")).toList();
    }

    /** "actor:action" for each step of the claim's timeline. */
    public static List<String> steps(JsonObject claim) {
        return Cases.steps(claim.getJsonObject("claim"));
    }

    /** The ids in a user's work queue among the claims on one vehicle. */
    public static List<String> queueOf(String user, String vin) {
        Reply reply = Api.as(user).get(PATH + "/queue?size=200&vin=" + vin);
        return ok(reply).getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
    }
}
