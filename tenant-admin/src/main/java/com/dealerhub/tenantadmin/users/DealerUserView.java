package com.dealerhub.tenantadmin.users;

import java.time.Instant;
import java.util.List;

/** A dealer's user as its admin sees it, with what Keycloak knows of its access. */
public record DealerUserView(String id, String username, String email, String firstName, String lastName,
                             boolean enabled, List<String> roles, boolean locked, int failedLogins,
                             Instant lastLogin, Instant created) {
}
