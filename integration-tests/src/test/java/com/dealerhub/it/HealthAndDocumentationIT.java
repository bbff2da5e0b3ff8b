package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class HealthAndDocumentationIT {

    @Test
    void readinessCoversTheDatabaseKafkaAndElasticsearch() {
        Reply reply = Api.send(HttpRequest.newBuilder(URI.create(Stack.management() + "/health/ready")));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.object().getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")))
                .contains("postgresql", "kafka", "elasticsearch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "tenant-admin", "reporting"})
    void eachModulePublishesItsOpenApiDocument(String module) {
        Reply reply = Api.send(HttpRequest.newBuilder(URI.create(Stack.wildfly() + "/" + module + "/openapi?format=JSON")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object().getString("openapi")).startsWith("3.");
        assertThat(reply.object().getJsonObject("paths")).isNotEmpty();
        assertThat(reply.object().getJsonObject("paths").values()).allSatisfy(item -> item.asJsonObject().values().stream()
                .filter(operation -> operation.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT
                        && operation.asJsonObject().containsKey("responses"))
                .forEach(operation -> assertThat(operation.asJsonObject().getJsonObject("responses").keySet())
                        .as("%s", operation).contains("400", "401", "403", "503")));
        assertThat(reply.object().getJsonObject("components").getJsonObject("schemas")).containsKey("Problem");
    }

    @Test
    void anOperationDocumentsTheProblemsItAnswersWith() {
        JsonObject document = Api.send(HttpRequest.newBuilder(URI.create(Stack.wildfly() + "/platform/openapi?format=JSON"))).object();
        JsonObject approve = document.getJsonObject("paths").getJsonObject("/platform/api/warranty-claims/{id}/approve").getJsonObject("post");

        assertThat(approve.getJsonObject("responses").keySet()).contains("400", "401", "403", "404", "409", "413", "503");
        assertThat(approve.getJsonObject("responses").getJsonObject("404").getJsonObject("content").keySet())
                .containsExactly("application/problem+json");
        JsonObject apply = document.getJsonObject("paths").getJsonObject("/platform/api/training/certifications").getJsonObject("post");
        assertThat(apply.getJsonObject("responses").keySet()).as("a creation documents its 201").contains("201", "400", "403", "409");
        JsonObject place = document.getJsonObject("paths").getJsonObject("/platform/api/parts/orders").getJsonObject("post");
        assertThat(place.getJsonObject("responses").keySet()).as("a DMS retry answers 200").contains("200", "201", "409");
    }
}
