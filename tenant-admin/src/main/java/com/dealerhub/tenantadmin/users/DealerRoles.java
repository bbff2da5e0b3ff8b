package com.dealerhub.tenantadmin.users;

import java.util.Set;

/** The roles a dealer admin may grant: the dealer's own, never an OEM or platform role. */
public final class DealerRoles {

    public static final String ADMIN = "dealer-admin";
    public static final Set<String> ALL = Set.of(ADMIN, "dealer-advisor", "dealer-technician", "dealer-claims");

    private DealerRoles() {
    }

    /** An OEM or platform role: never granted by, nor held by an account managed by, a dealer admin. */
    public static boolean isBeyondDealer(String role) {
        return role.startsWith("oem-") || role.startsWith("platform-");
    }
}
