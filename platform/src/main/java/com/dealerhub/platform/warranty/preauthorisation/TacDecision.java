package com.dealerhub.platform.warranty.preauthorisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The TAC's answer: for a grant, until when it holds and how many claims it covers (one if not
 * said); for a refusal, why (required).
 */
public record TacDecision(LocalDate expiresOn, @Min(1) @Max(99) Integer claims, @Size(max = 2000) String note) {

    public TacDecision(LocalDate expiresOn, String note) {
        this(expiresOn, null, note);
    }

    int claimsCovered() {
        return claims == null ? 1 : claims;
    }
}
