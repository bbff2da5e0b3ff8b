package com.dealerhub.tenantadmin.dealers;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;

/**
 * Who administers a network's regions and dealers: head office's back office and IT
 * ({@code oem-it}, whole-network scope), the department that already runs accounts.
 */
public final class NetworkAdministrators {

    public static final String ROLE = "oem-it";

    private NetworkAdministrators() {
    }

    public static void require(Caller caller) {
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(ROLE)) {
            throw new Forbidden("only head office IT (" + ROLE + ") administers regions and dealers");
        }
    }
}
