package com.dealerhub.platform.warranty.preauthorisation;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The TAC's answer: for a grant, until when it holds; for a refusal, why (required). */
public record TacDecision(LocalDate expiresOn, @Size(max = 2000) String note) {
}
