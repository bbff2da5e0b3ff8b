package com.dealerhub.common.tenancy;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseScopeTest {

    @Test
    void aDealerCallersSettingsNameItsNetworkAndDealer() {
        Caller caller = new Caller("d", Set.of(), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());

        assertThat(DatabaseScope.settings(caller)).containsExactly("DEALER", "aurora", "aurora-e01", "");
    }

    @Test
    void regionsAreListedInAStableOrder() {
        Caller caller = new Caller("f", Set.of(), "aurora", null, CallerScope.REGIONS, Set.of("aurora-south", "aurora-east"));

        assertThat(DatabaseScope.settings(caller)).containsExactly("REGIONS", "aurora", "", "aurora-east,aurora-south");
    }

    @Test
    void systemWorkHasNoNetwork() {
        assertThat(DatabaseScope.settings(Caller.system())).containsExactly("SYSTEM", "", "", "");
    }
}
