package com.dealerhub.platform.parts.deposit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** What the parts department records on a dealer's ledger: a payment, a release or a paid invoice, with its reference. */
public record EntryRequest(@NotNull EntryKind kind,
                           @NotNull @DecimalMin("0.01") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                           @NotBlank @Size(max = 100) String reference) {
}
