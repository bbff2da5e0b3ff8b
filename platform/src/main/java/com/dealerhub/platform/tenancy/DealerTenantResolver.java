package com.dealerhub.platform.tenancy;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * The first tenancy wall: Hibernate filters every {@code @TenantId} entity by the dealer of
 * the current caller. OEM users, the platform operator and background work act as the root
 * tenant, which Hibernate does not filter: their reach is applied explicitly by the services
 * and enforced again by row-level security. Created by Hibernate from its class name.
 */
public class DealerTenantResolver implements CurrentTenantIdentifierResolver<String> {

    /** The tenant identifier of every caller that is not a dealer's staff. */
    public static final String ROOT = "*";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return CurrentCaller.get().filter(Caller::isDealerStaff).map(Caller::dealer).orElse(ROOT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return ROOT.equals(tenantId);
    }
}
