package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.ClaimKind;

/** Optional narrowing of a claim list or work queue: one dealer, one kind, one vehicle. */
public record ClaimFilter(String dealer, ClaimKind kind, String vin) {
}
