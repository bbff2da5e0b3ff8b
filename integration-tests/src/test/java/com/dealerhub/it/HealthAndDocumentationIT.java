package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
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
    }
}
