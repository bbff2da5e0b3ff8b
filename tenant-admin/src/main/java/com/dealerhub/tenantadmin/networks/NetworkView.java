package com.dealerhub.tenantadmin.networks;

import com.dealerhub.tenantadmin.dealers.RegionView;

import java.util.List;

public record NetworkView(String code, String name, List<RegionView> regions) {
}
