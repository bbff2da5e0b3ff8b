package com.dealerhub.common.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenClaimsTest {

    @Test
    void dealerStaffReachTheirOrganization() {
        Caller caller = AccessTokenClaims.callerOf(token("""
                {"preferred_username":"aurora-e01-claims","network":"aurora","organization":["aurora-e01"],
                 "realm_access":{"roles":["dealer-claims"]}}"""));

        assertThat(caller.scope()).isEqualTo(CallerScope.DEALER);
        assertThat(caller.dealer()).isEqualTo("aurora-e01");
        assertThat(caller.network()).isEqualTo("aurora");
        assertThat(caller.roles()).containsExactly("dealer-claims");
    }

    @Test
    void regionalOemUsersReachTheirRegions() {
        Caller caller = AccessTokenClaims.callerOf(token("""
                {"preferred_username":"aurora-tac-east","network":"aurora","oem_scope":"regions",
                 "regions":["aurora-east","aurora-south"],"realm_access":{"roles":["oem-tac"]}}"""));

        assertThat(caller.scope()).isEqualTo(CallerScope.REGIONS);
        assertThat(caller.regions()).containsExactlyInAnyOrder("aurora-east", "aurora-south");
        assertThat(caller.dealer()).isNull();
    }

    @Test
    void aSingleRegionMayComeAsAString() {
        Caller caller = AccessTokenClaims.callerOf(token("""
                {"preferred_username":"x","network":"aurora","oem_scope":"regions","regions":"aurora-east"}"""));

        assertThat(caller.regions()).containsExactly("aurora-east");
    }

    @Test
    void headOfficeUsersReachTheWholeNetwork() {
        Caller caller = AccessTokenClaims.callerOf(token("""
                {"preferred_username":"aurora-analyst","network":"aurora","oem_scope":"network",
                 "realm_access":{"roles":["oem-analyst"]}}"""));

        assertThat(caller.scope()).isEqualTo(CallerScope.NETWORK);
    }

    @Test
    void thePlatformOperatorHasNoNetwork() {
        Caller caller = AccessTokenClaims.callerOf(token("""
                {"preferred_username":"platform-admin","realm_access":{"roles":["platform-admin"]}}"""));

        assertThat(caller.scope()).isEqualTo(CallerScope.PLATFORM);
        assertThat(caller.network()).isNull();
    }

    @Test
    void aTokenNamingNoScopeIsRefused() {
        assertThatThrownBy(() -> AccessTokenClaims.callerOf(token("""
                {"preferred_username":"nobody","realm_access":{"roles":["offline_access"]}}""")))
                .isInstanceOf(AccessTokenClaims.InvalidTokenClaims.class);
    }

    @Test
    void aDealerUserOfTwoDealersIsRefused() {
        assertThatThrownBy(() -> AccessTokenClaims.callerOf(token("""
                {"preferred_username":"x","network":"aurora","organization":["aurora-e01","aurora-e02"]}""")))
                .isInstanceOf(AccessTokenClaims.InvalidTokenClaims.class);
    }

    @Test
    void aDealerUserWithoutNetworkIsRefused() {
        assertThatThrownBy(() -> AccessTokenClaims.callerOf(token("""
                {"preferred_username":"x","organization":["aurora-e01"]}""")))
                .isInstanceOf(AccessTokenClaims.InvalidTokenClaims.class);
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> AccessTokenClaims.callerOf("not-a-token"))
                .isInstanceOf(AccessTokenClaims.InvalidTokenClaims.class);
        assertThatThrownBy(() -> AccessTokenClaims.callerOf("a.!!!.c"))
                .isInstanceOf(AccessTokenClaims.InvalidTokenClaims.class);
    }

    private static String token(String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void theRolesSetIsImmutable() {
        Caller caller = new Caller("u", Set.of("a"), "n", null, CallerScope.NETWORK, Set.of());

        assertThatThrownBy(() -> caller.roles().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
