package com.dealerhub.platform.goodwill;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** The bodies of goodwill's steps. */
public final class GoodwillRequests {

    private GoodwillRequests() {
    }

    /** The FMC opens a goodwill claim from a complaint, with the allowed conditions. */
    public record Open(@NotNull UUID complaint,
                       @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal capAmount,
                       @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal oemSharePercent,
                       @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal dealerSharePercent,
                       @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal customerSharePercent,
                       @NotBlank @Size(max = 2000) String conditions) {
    }

    /** The dealer claims an amount within the cap, with the agreement and the invoice attached to the case. */
    public record Submit(@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal requestedAmount) {
    }

    /** Why the FMC returns or rejects; optional for a confirmation. */
    public record Review(@Size(max = 2000) String reason) {
    }

    /** CAC's payment: the reference of the transfer. */
    public record Payment(@NotBlank @Size(max = 100) String paymentReference) {
    }
}
