package com.dealerhub.platform.warranty.claims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Claims a dealer's DMS sends in one request; each carries its own idempotency key. */
public record ClaimBatch(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ClaimRequest> claims) {
}
