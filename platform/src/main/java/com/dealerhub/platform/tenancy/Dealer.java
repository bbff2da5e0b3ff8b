package com.dealerhub.platform.tenancy;

/** A dealer (service centre) as the case workflows need it: where it sits and whether it may work. */
public record Dealer(String code, String network, String region, String name, String status) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
