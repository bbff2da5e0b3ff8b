package com.dealerhub.common.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Reads the caller from the claims of an access token that the server has already validated
 * (signature, issuer, audience, expiry are checked by WildFly's OIDC layer before any
 * application code runs). The token carries:
 * <ul>
 *   <li>{@code realm_access.roles}: the realm roles;</li>
 *   <li>{@code network}: the OEM network of the user;</li>
 *   <li>{@code organization}: the dealer (a Keycloak Organization) of dealer staff;</li>
 *   <li>{@code oem_scope} ({@code regions} or {@code network}) and {@code regions}: an OEM user's reach.</li>
 * </ul>
 */
public final class AccessTokenClaims {

    public static final String PLATFORM_ADMIN_ROLE = "platform-admin";

    private AccessTokenClaims() {
    }

    /**
     * The caller described by a compact JWS whose signature the server has verified; fails with
     * {@link InvalidTokenClaims} if it names no usable scope.
     */
    public static Caller callerOf(String compactJws) {
        return callerOf(payloadOf(compactJws));
    }

    static JsonObject payloadOf(String compactJws) {
        String[] parts = compactJws.split("\\.");
        if (parts.length < 2) {
            throw new InvalidTokenClaims("not a compact JWS");
        }
        try {
            String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return JSON.createReader(new StringReader(json)).readObject();
        } catch (IllegalArgumentException | JsonParsingException e) {
            throw new InvalidTokenClaims("unreadable token payload");
        }
    }

    public static Caller callerOf(JsonObject claims) {
        String username = claims.getString("preferred_username", claims.getString("sub", ""));
        Set<String> roles = strings(claims.getJsonObject("realm_access") == null
                ? null : claims.getJsonObject("realm_access").get("roles"));
        String network = claims.getString("network", null);
        Set<String> organizations = strings(claims.get("organization"));
        String oemScope = claims.getString("oem_scope", null);

        if (!organizations.isEmpty()) {
            if (organizations.size() != 1 || network == null) {
                throw new InvalidTokenClaims("a dealer user must belong to exactly one dealer of one network");
            }
            return new Caller(username, roles, network, organizations.iterator().next(), CallerScope.DEALER, Set.of());
        }
        if ("network".equals(oemScope) && network != null) {
            return new Caller(username, roles, network, null, CallerScope.NETWORK, Set.of());
        }
        if ("regions".equals(oemScope) && network != null) {
            return new Caller(username, roles, network, null, CallerScope.REGIONS, strings(claims.get("regions")));
        }
        if (roles.contains(PLATFORM_ADMIN_ROLE)) {
            return new Caller(username, roles, null, null, CallerScope.PLATFORM, Set.of());
        }
        throw new InvalidTokenClaims("the token names no dealer, OEM scope or platform role");
    }

    /** A claim that is a string or an array of strings, as a set. */
    private static Set<String> strings(JsonValue value) {
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof JsonString s) {
            result.add(s.getString());
        } else if (value instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).forEach(s -> result.add(s.getString()));
        }
        return result;
    }

    /** The token is valid but does not describe a caller the platform can serve. */
    public static final class InvalidTokenClaims extends RuntimeException {
        public InvalidTokenClaims(String message) {
            super(message);
        }
    }
}
