package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the three served OpenAPI documents with hostile input (malformed and
 * oversized bodies, wrong types, unknown fields, text that is not text, numbers and nesting past
 * the parser's limits, foreign and random ids, NUL and invalid UTF-8 in parameters) as a dealer
 * admin and as head office: each answer is a 4xx problem body, never a 5xx, and no row is
 * written. An operation added later is walked without being listed here.
 */
class HostileInputIT {

    private static final List<String> MODULES = List.of("platform", "tenant-admin", "reporting");
    private static final List<String> USERS = List.of("aurora-e01-admin", "aurora-claims");
    private static final String FOREIGN_DEALER = "borealis-e01";
    private static final List<String> COUNTED_TABLES = List.of("service_case", "case_timeline", "case_attachment",
            "warranty_claim", "pre_authorisation", "account_request", "vehicle", "campaign", "admin_audit", "dealer", "region");

    /**
     * The SLA scheduler writes on case timelines as "system" whenever a clock comes due, also while
     * this test runs; only what requests wrote counts here.
     */
    private static final Map<String, String> WRITTEN_BY_REQUESTS = Map.of("case_timeline", " WHERE actor <> 'system'");

    /** Bodies no operation accepts, whatever its media type. */
    private static final Map<String, byte[]> BODIES = hostileBodies();

    @Test
    void everyOperationAnswersHostileInputWithA4xxProblemAndWritesNothing() throws SQLException {
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (String module : MODULES) {
            JsonObject paths = openApi(module).getJsonObject("paths");
            for (String path : paths.keySet()) {
                JsonObject operations = paths.getJsonObject(path);
                for (String method : operations.keySet()) {
                    if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                        continue;
                    }
                    for (Probe probe : probes(path, operations.getJsonObject(method))) {
                        for (String user : USERS) {
                            Reply reply = send(user, method, probe);
                            calls++;
                            String verdict = verdict(reply);
                            if (verdict != null) {
                                failures.add(method.toUpperCase() + " " + probe.uri() + " [" + probe.what() + "] as " + user
                                        + ": " + verdict);
                            }
                        }
                    }
                }
            }
        }

        assertThat(calls).as("operations walked").isGreaterThan(300);
        assertThat(failures).isEmpty();
        assertThat(rowCounts()).as("rows per table").isEqualTo(before);
    }

    private record Probe(String uri, String what, String contentType, byte[] body) {
    }

    /** The hostile requests for one operation: each id, parameter and body variant on its own. */
    private static List<Probe> probes(String path, JsonObject operation) {
        List<JsonObject> parameters = operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").stream().map(JsonValue::asJsonObject).toList() : List.of();
        List<String> pathParameters = parameters.stream().filter(p -> p.getString("in").equals("path"))
                .map(p -> p.getString("name")).toList();
        List<String> queryParameters = parameters.stream().filter(p -> p.getString("in").equals("query"))
                .map(p -> p.getString("name")).toList();
        String mediaType = operation.containsKey("requestBody")
                ? operation.getJsonObject("requestBody").getJsonObject("content").keySet().iterator().next() : null;
        String contentType = mediaType == null || mediaType.equals("*/*") ? "application/json" : mediaType;

        List<Probe> probes = new ArrayList<>();
        String valid = fill(path, pathParameters, UUID.randomUUID().toString());
        for (String id : List.of(UUID.randomUUID().toString(), FOREIGN_DEALER, "%00", "%FF%FE")) {
            if (!pathParameters.isEmpty()) {
                probes.add(new Probe(fill(path, pathParameters, id), "path " + id, contentType, mediaType == null ? null : BODIES.get("unknown field")));
            }
        }
        for (String name : queryParameters) {
            for (String value : List.of("%00", "a%FFb")) {
                probes.add(new Probe(valid + "?" + name + "=" + value, "query " + name + "=" + value, contentType, null));
            }
        }
        if (mediaType != null) {
            // Ids of nothing, so that the body is read and judged; codes of the caller's own dealer.
            String own = path;
            for (String name : pathParameters) {
                own = own.replace("{" + name + "}", name.equals("id") || name.equals("case") ? UUID.randomUUID().toString() : "aurora-e01");
            }
            for (var body : BODIES.entrySet()) {
                probes.add(new Probe(own, body.getKey(), contentType, body.getValue()));
            }
        }
        return probes;
    }

    private static String fill(String path, List<String> names, String value) {
        String filled = path;
        for (String name : names) {
            filled = filled.replace("{" + name + "}", value);
        }
        return filled;
    }

    private static Reply send(String user, String method, Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.wildfly() + probe.uri()))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + Api.token(user));
        if (probe.body() != null) {
            request.header("Content-Type", probe.contentType());
            request.method(method.toUpperCase(), HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        } else {
            request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        return Api.send(request);
    }

    /** Null if the answer is a 4xx problem body, else what is wrong with it. */
    private static String verdict(Reply reply) {
        if (reply.status() < 400 || reply.status() >= 500) {
            return "status " + reply.status() + ": " + abbreviated(reply.body());
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            return "content type " + reply.contentType() + ": " + abbreviated(reply.body());
        }
        if (reply.body().contains("RESTEASY") || reply.body().contains("Exception") || reply.body().contains("jakarta.")) {
            return "framework internals in " + abbreviated(reply.body());
        }
        return null;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static Map<String, byte[]> hostileBodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("malformed", utf8("{\"a\": "));
        bodies.put("wrong type", utf8("[1, 2, 3]"));
        bodies.put("unknown field", utf8("{\"zzUnknownField\": 1}"));
        bodies.put("nul in text", utf8("{\"zzUnknownField\": \"a\\u0000b\", \"note\": \"a\\u0000b\"}"));
        bodies.put("huge string", utf8("{\"note\": \"" + "长".repeat(100_000) + "\", \"zzUnknownField\": 1}"));
        bodies.put("deep nesting", utf8("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
        bodies.put("10,000 digits", utf8("{\"amount\": 1" + "0".repeat(10_000) + "}"));
        bodies.put("tiny exponent", utf8("{\"amount\": 1e-1000000000, \"zzUnknownField\": 1}"));
        byte[] invalid = utf8("{\"note\": \"xx\", \"zzUnknownField\": 1}");
        invalid[10] = (byte) 0xC3;
        invalid[11] = (byte) 0x28;
        bodies.put("invalid utf-8", invalid);
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'x');
        bodies.put("10 MB", tenMegabytes);
        return bodies;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject openApi(String module) {
        Reply reply = Api.send(HttpRequest.newBuilder(URI.create(Stack.wildfly() + "/" + module + "/openapi?format=JSON")));
        assertThat(reply.status()).isEqualTo(200);
        return reply.object();
    }

    /** Rows per table across both networks, read as the application role under each network's scope. */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword())) {
            connection.setAutoCommit(false);
            for (String network : List.of("aurora", "borealis")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT public.dealerhub_enter_scope('NETWORK', '" + network + "', '', '')");
                    for (String table : COUNTED_TABLES) {
                        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table + WRITTEN_BY_REQUESTS.getOrDefault(table, ""))) {
                            rows.next();
                            counts.merge(table, rows.getLong(1), Long::sum);
                        }
                    }
                }
                connection.rollback();
            }
        }
        return counts;
    }
}
