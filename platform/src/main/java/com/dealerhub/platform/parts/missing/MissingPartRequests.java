package com.dealerhub.platform.parts.missing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The bodies of the missing-part endpoints. */
public final class MissingPartRequests {

    private MissingPartRequests() {
    }

    /** What the dealer cannot order normally: the part's number or a description (or both), how many, the VIN (optional), why. */
    public record Submit(@Size(max = 40) String partNumber,
                         @Size(max = 500) String partDescription,
                         @NotNull @Min(1) @Max(9999) Integer quantity,
                         @Size(max = 17) String vin,
                         @NotBlank @Size(max = 2000) String reason) {
    }

    /** The parts department arranges delivery on a date (today or later), with an optional note (carrier, waybill). */
    public record Confirm(@NotNull LocalDate deliveryDate, @Size(max = 2000) String note) {
    }

    /** Why the parts department declines; why the dealer withdraws (optional). */
    public record Reason(@Size(max = 2000) String reason) {
    }
}
