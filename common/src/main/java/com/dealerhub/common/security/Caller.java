package com.dealerhub.common.security;

import java.util.Set;

/**
 * Who is calling, as established from a validated access token: the roles, the OEM network
 * and the reach inside it. Every read and write is checked against this on the server.
 *
 * @param username the token's preferred username
 * @param roles    realm roles, e.g. {@code dealer-claims}, {@code oem-regional-manager}
 * @param network  the OEM network code; null only for platform operators and system work
 * @param dealer   the dealer code for dealer staff, null otherwise
 * @param scope    how far the caller reaches inside the network
 * @param regions  region codes of a {@link CallerScope#REGIONS} caller, empty otherwise
 */
public record Caller(String username, Set<String> roles, String network, String dealer,
                     CallerScope scope, Set<String> regions) {

    public static final String SYSTEM_USERNAME = "system";

    public Caller {
        roles = Set.copyOf(roles);
        regions = Set.copyOf(regions);
    }

    /**
     * Background work that must see every network, e.g. the outbox relay. The database lets only
     * the worker role (datasource {@code DealerHubWorkerDS}) enter this scope, never the role that
     * serves requests.
     */
    public static Caller system() {
        return new Caller(SYSTEM_USERNAME, Set.of(), null, null, CallerScope.SYSTEM, Set.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isDealerStaff() {
        return scope == CallerScope.DEALER;
    }

    public boolean isOemStaff() {
        return scope == CallerScope.REGIONS || scope == CallerScope.NETWORK;
    }

    /** Whether a dealer of this caller's network, located in {@code region}, is within reach. */
    public boolean reaches(String dealerCode, String dealerNetwork, String region) {
        if (scope == CallerScope.SYSTEM) {
            return true;
        }
        if (network == null || !network.equals(dealerNetwork)) {
            return false;
        }
        return switch (scope) {
            case DEALER -> dealerCode.equals(dealer);
            case REGIONS -> regions.contains(region);
            case NETWORK -> true;
            case PLATFORM, SYSTEM -> false;
        };
    }
}
