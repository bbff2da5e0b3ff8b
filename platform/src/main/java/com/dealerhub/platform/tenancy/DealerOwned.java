package com.dealerhub.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * What every dealer-owned entity carries: its dealer, Hibernate's tenant id (the first wall),
 * and its network, which row-level security checks together with the dealer (the second).
 * Its table must be protected with {@code dealerhub_protect_tenant_table} in its migration.
 */
@MappedSuperclass
public abstract class DealerOwned {

    @TenantId
    @Column(name = "dealer_code", nullable = false, updatable = false)
    private String dealerCode;

    @Column(name = "network_code", nullable = false, updatable = false)
    private String networkCode;

    protected DealerOwned() {
    }

    protected DealerOwned(String dealerCode, String networkCode) {
        this.dealerCode = dealerCode;
        this.networkCode = networkCode;
    }

    public String dealerCode() {
        return dealerCode;
    }

    public String networkCode() {
        return networkCode;
    }
}
