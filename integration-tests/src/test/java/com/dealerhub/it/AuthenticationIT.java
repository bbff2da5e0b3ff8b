package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
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
