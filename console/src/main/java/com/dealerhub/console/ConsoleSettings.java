package com.dealerhub.console;

import java.net.URI;

/**
 * Where the console's users log in: the Keycloak server, realm and public client, derived from
 * the OpenID provider address the API validates tokens against, so that both always agree.
 *
 * @param authServerUrl Keycloak's base address, e.g. {@code https://sso.example.com}
 */
public record ConsoleSettings(String authServerUrl, String realm, String clientId) {

    static final String DEFAULT_CLIENT_ID = "dealerhub-console";
    private static final String REALMS = "/realms/";

    /** @param providerUrl the realm's issuer address, {@code <keycloak>/realms/<realm>} */
    public static ConsoleSettings of(String providerUrl, String clientId) {
        if (providerUrl == null || providerUrl.isBlank()) {
            throw new IllegalStateException("DEALERHUB_OIDC_PROVIDER_URL is not set");
        }
        String url = providerUrl.strip().replaceAll("/+$", "");
        int realms = url.lastIndexOf(REALMS);
        if (realms < 0 || realms + REALMS.length() >= url.length()) {
            throw new IllegalStateException("DEALERHUB_OIDC_PROVIDER_URL must end in /realms/<realm>: " + providerUrl);
        }
        URI.create(url); // refuses an address that is not one
        return new ConsoleSettings(url.substring(0, realms), url.substring(realms + REALMS.length()),
                clientId == null || clientId.isBlank() ? DEFAULT_CLIENT_ID : clientId.strip());
    }

    /** The Content-Security-Policy of the console's pages: its own scripts, and Keycloak for login. */
    public String contentSecurityPolicy() {
        return "default-src 'self'; connect-src 'self' " + authServerUrl + "; frame-src " + authServerUrl
                + "; img-src 'self' blob: data:; style-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }
}
