package com.dealerhub.common.security;

import com.dealerhub.common.problem.Forbidden;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestrictedCaseTypesTest {

    private static Caller dealer(String... roles) {
        return new Caller("d", Set.of(roles), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    }

    @Test
    void theDealersOtherStaffDoNotReadAccountRequests() {
        for (String role : Set.of("dealer-advisor", "dealer-technician", "dealer-claims")) {
            assertThat(RestrictedCaseTypes.hiddenFrom(dealer(role, "default-roles-dealerhub"))).containsExactly("ACCOUNT_REQUEST");
            assertThatThrownBy(() -> RestrictedCaseTypes.requireMayRead(dealer(role), "ACCOUNT_REQUEST")).isInstanceOf(Forbidden.class);
            assertThatCode(() -> RestrictedCaseTypes.requireMayRead(dealer(role), "COMPLAINT")).doesNotThrowAnyException();
        }
    }

    @Test
    void theDealersAdminAndHeadOfficeDo() {
        assertThat(RestrictedCaseTypes.hiddenFrom(dealer("dealer-admin"))).isEmpty();
        assertThat(RestrictedCaseTypes.hiddenFrom(dealer("dealer-admin", "dealer-claims"))).isEmpty();
        assertThat(RestrictedCaseTypes.hiddenFrom(new Caller("f", Set.of("oem-regional-manager"), "aurora", null,
                CallerScope.REGIONS, Set.of("aurora-east")))).isEmpty();
        assertThat(RestrictedCaseTypes.hiddenFrom(new Caller("a", Set.of("oem-analyst"), "aurora", null,
                CallerScope.NETWORK, Set.of()))).isEmpty();
    }
}
