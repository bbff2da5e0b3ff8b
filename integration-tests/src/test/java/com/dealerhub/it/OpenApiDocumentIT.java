package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's OpenAPI document written at build time (the one the DMS client is generated from)
 * describes what the running server serves, and every operation of the three applications' documents
 * states its answers with their bodies, list items typed.
 */
class OpenApiDocumentIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Path BUILT = Path.of("..", "platform", "target", "generated", "openapi.json");

    @Test
    void theBuiltDocumentHasTheServedPathsAndOperations() throws IOException {
        JsonObject built = built();
        String server = built.getJsonArray("servers").getJsonObject(0).getString("url");

        Map<String, Set<String>> builtOperations = new TreeMap<>();
        operations(built).forEach((path, methods) -> builtOperations.put(server + path, methods));

        assertThat(operations(served())).isEqualTo(builtOperations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "tenant-admin", "reporting"})
    void everyServedOperationAnswersWithTypedBodies(String application) {
        JsonObject served = served(application);
        served.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject responses = operation.asJsonObject().getJsonObject("responses");
            assertThat(responses).as("%s %s", method, path).isNotNull().isNotEmpty();
            assertThat(responses.keySet()).as("%s %s answers a success", method, path).anyMatch(code -> code.startsWith("2"));
            responses.forEach((code, response) -> {
                if (code.equals("204")) {
                    return;
                }
                JsonObject content = response.asJsonObject().getJsonObject("content");
                assertThat(content).as("%s %s %s has a body", method, path, code).isNotNull().isNotEmpty();
                content.forEach((type, media) -> assertThat(media.asJsonObject().get("schema"))
                        .as("%s %s %s %s has a schema", method, path, code, type).isNotNull().isNotEqualTo(JsonValue.EMPTY_JSON_OBJECT));
            });
            JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
            if (body != null) {
                body.getJsonObject("content").forEach((type, media) -> assertThat(media.asJsonObject().get("schema"))
                        .as("%s %s request %s has a schema", method, path, type).isNotNull().isNotEqualTo(JsonValue.EMPTY_JSON_OBJECT));
            }
        }));
        assertThat(served.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer").getString("scheme"))
                .isEqualTo("bearer");
        assertThat(served.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties").keySet())
                .contains("type", "title", "status", "detail", "code", "params", "errors");
    }

    @Test
    void searchHitsAndTheRecordsBehindAFigureAreTyped() {
        JsonObject schemas = served("reporting").getJsonObject("components").getJsonObject("schemas");

        assertThat(schemas.getJsonObject("SearchResult").getJsonObject("properties").getJsonObject("items")
                .getJsonObject("items").getString("$ref")).endsWith("/IndexedCase");
        assertThat(schemas.getJsonObject("IndexedCase").getJsonObject("properties").keySet()).contains("number", "type", "state", "slaState", "vin");
        assertThat(schemas.getJsonObject("RecordPage").getJsonObject("properties").getJsonObject("items").toString())
                .contains("IndexedCase", "FeedRecord");
    }

    private static Map<String, Set<String>> operations(JsonObject document) {
        Map<String, Set<String>> operations = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> operations.put(path,
                new TreeSet<>(item.asJsonObject().keySet().stream().filter(METHODS::contains).toList())));
        return operations;
    }

    private static JsonObject served() {
        return served("platform");
    }

    private static JsonObject served(String application) {
        return Api.send(HttpRequest.newBuilder(URI.create(Stack.wildfly() + "/" + application + "/openapi?format=JSON"))).object();
    }

    private static JsonObject built() throws IOException {
        assertThat(BUILT).as("written by mvn install (platform)").exists();
        try (Reader reader = Files.newBufferedReader(BUILT)) {
            return Json.createReader(reader).readObject();
        }
    }
}
