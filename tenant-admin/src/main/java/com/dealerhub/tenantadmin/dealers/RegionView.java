package com.dealerhub.tenantadmin.dealers;

public record RegionView(String code, String network, String name) {
}
