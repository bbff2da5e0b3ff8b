package com.dealerhub.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleSettingsTest {

    @Test
    void splitsTheProviderAddressIntoServerAndRealm() {
        ConsoleSettings settings = ConsoleSettings.of("https://sso.example.com/auth/realms/dealerhub/", null);

        assertThat(settings.authServerUrl()).isEqualTo("https://sso.example.com/auth");
        assertThat(settings.realm()).isEqualTo("dealerhub");
        assertThat(settings.clientId()).isEqualTo("dealerhub-console");
    }

    @Test
    void takesAnotherClientWhenOneIsConfigured() {
        assertThat(ConsoleSettings.of("http://127.0.0.1:18180/realms/r", " console-2 ").clientId()).isEqualTo("console-2");
    }

    @Test
    void refusesAnAddressWithoutARealm() {
        assertThatThrownBy(() -> ConsoleSettings.of("http://127.0.0.1:18180/", null))
                .hasMessageContaining("/realms/<realm>");
        assertThatThrownBy(() -> ConsoleSettings.of(null, null)).hasMessageContaining("not set");
    }

    @Test
    void letsThePageTalkToKeycloakOnly() {
        String policy = ConsoleSettings.of("http://127.0.0.1:18180/realms/dealerhub", null).contentSecurityPolicy();

        assertThat(policy).contains("connect-src 'self' http://127.0.0.1:18180;").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
    }
}
