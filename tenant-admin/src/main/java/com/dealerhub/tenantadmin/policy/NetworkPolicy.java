package com.dealerhub.tenantadmin.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Rules of the network that head office sets.
 *
 * @param accountRequestWindowMonths a dealer's account request within this many months of its previous one
 *                                   is a repeat request (regional VP copied, guarantee letter required)
 */
public record NetworkPolicy(@NotNull @Min(1) @Max(120) Integer accountRequestWindowMonths) {
}
