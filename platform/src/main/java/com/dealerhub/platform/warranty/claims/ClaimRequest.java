package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.ClaimKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A warranty claim as a dealer (or its DMS) sends it. Prices of labor come from the dealer's
 * labor rate; part prices are as invoiced and checked against the catalogue.
 *
 * @param idempotencyKey the sender's own key for this claim: sending the same claim again returns
 *                       the claim already created instead of creating another; sending another
 *                       claim under the key is refused
 * @param technicians    the staff numbers of who did the repair, each on the dealer's roster on the repair date;
 *                       labor operations that require a certificate need one of them to hold it
 */
public record ClaimRequest(
        @NotNull ClaimKind kind,
        @NotBlank @Size(max = 40) String repairOrder,
        @NotBlank @Size(max = 25) String vin,
        @NotBlank @Size(max = 40) String model,
        @NotNull LocalDate saleDate,
        @NotNull LocalDate repairDate,
        @NotNull @Min(0) @Max(3_000_000) Long mileage,
        @NotBlank @Size(max = 4000) String faultDescription,
        @Size(max = 2000) String cause,
        @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull Labor> labor,
        @Size(max = 50) List<@Valid @NotNull Part> parts,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal sublet,
        UUID preAuthorisation,
        @Size(max = 40) String campaign,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey,
        @Size(max = 20) List<@NotBlank @Size(max = 32) String> technicians) {

    public record Labor(@NotBlank @Size(max = 40) String operation,
                        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("99") @Digits(integer = 2, fraction = 2) BigDecimal hours) {
    }

    public record Part(@NotBlank @Size(max = 40) String number,
                       @NotNull @Min(1) @Max(999) Integer quantity,
                       @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
                       Boolean causal) {
    }

    public ClaimRequest {
        parts = parts == null ? List.of() : parts;
        technicians = technicians == null ? List.of() : technicians;
    }

    /** A fingerprint of everything the request says: the same claim sent again has the same one. */
    String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
