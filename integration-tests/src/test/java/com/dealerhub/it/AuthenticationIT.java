package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationIT {

    @ParameterizedTest
    @ValueSource(strings = {"/platform/api/cases", "/tenant-admin/api/dealers", "/reporting/api/search"})
    void aDemoUsersTokenFromKeycloakCallsTheApi(String path) {
        Reply reply = Api.as("aurora-analyst").get(path);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/platform/api/cases", "/tenant-admin/api/dealers", "/reporting/api/search"})
    void noTokenIsUnauthorized(String path) {
        assertThat(Api.anonymous().get(path).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/platform/api/cases", "/tenant-admin/api/dealers", "/reporting/api/search"})
    void aForgedTokenIsUnauthorized(String path) {
        String genuine = Api.token("aurora-e01-claims");
        String[] parts = genuine.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("aurora-e01", "aurora-e02").getBytes());

        Reply reply = Api.anonymous().withToken(path, parts[0] + "." + forgedPayload + "." + parts[2]);

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void claimsComeFromTheValidatedTokenNotFromAnotherAuthorizationHeader() {
        String genuine = Api.token("aurora-e01-claims");
        String forged = forge(genuine, "\"network\":\"aurora\"", "\"network\":\"borealis\"");

        Reply reply = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Stack.wildfly() + "/tenant-admin/api/me"))
                .header("Authorization", "Bearer " + forged + " x")
                .header("Authorization", "Bearer " + genuine));

        if (reply.status() == 200) {
            assertThat(reply.object().getString("network")).isEqualTo("aurora");
            assertThat(reply.object().getString("dealer")).isEqualTo("aurora-e01");
        } else {
            assertThat(reply.status()).isEqualTo(401);
        }
    }

    @Test
    void aTokenInTheQueryStringIsNotAccepted() {
        String genuine = Api.token("aurora-analyst");

        Reply reply = Api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Stack.wildfly() + "/tenant-admin/api/me?access_token=" + genuine)));

        assertThat(reply.status()).isEqualTo(401);
    }

    private static String forge(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(payload).contains(from);
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }

    @ParameterizedTest
    @CsvSource({
            "aurora-e01-claims, DEALER, dealer-claims",
            "aurora-fmc-east, REGIONS, oem-regional-manager",
            "aurora-analyst, NETWORK, oem-analyst"})
    void theServerKnowsWhoCallsAndHowFarItReaches(String username, String scope, String role) {
        Reply reply = Api.as(username).get("/tenant-admin/api/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object().getString("username")).isEqualTo(username);
        assertThat(reply.object().getString("network")).isEqualTo("aurora");
        assertThat(reply.object().getString("scope")).isEqualTo(scope);
        assertThat(reply.object().getJsonArray("roles").getString(0)).isEqualTo(role);
    }

    @Test
    void aDealerUsersTokenNamesItsDealer() {
        assertThat(Api.as("borealis-s01-tech").get("/tenant-admin/api/me").object().getString("dealer"))
                .isEqualTo("borealis-s01");
    }
}
