package com.dealerhub.tenantadmin.dealers;

public record DealerView(String code, String network, String region, String name, String city, String status) {
}
