package com.dealerhub.platform.complaints;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A complaint as CAC records it, for a dealer. {@code emergency} (vehicle fire, major accident) and
 * {@code media} are present only when the complaint carries that flag, with what the flag requires.
 */
public record NewComplaint(
        @NotBlank @Size(max = 20) String dealer,
        @NotNull ComplaintSource source,
        @NotNull ComplaintCategory category,
        @NotBlank @Size(max = 100) String customerName,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}", message = "a phone number: digits, spaces or dashes") String customerPhone,
        @NotBlank @Pattern(regexp = "[A-HJ-NPR-Za-hj-npr-z0-9]{17}", message = "a VIN: 17 letters and digits, no I, O or Q") String vin,
        @NotBlank @Size(max = 60) String model,
        @NotNull FaultCategory faultCategory,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 4000) String description,
        @Valid Emergency emergency,
        @Valid Media media) {

    /** What an emergency (vehicle fire, major accident) records. */
    public record Emergency(@NotBlank @Size(max = 200) String insuranceStatus,
                            @NotBlank @Size(max = 500) String aftermarketModifications,
                            @NotBlank @Size(max = 200) String policeReport) {
    }

    /** What a complaint through the media records. */
    public record Media(@NotBlank @Size(max = 100) String mediaName,
                        @Size(max = 100) String column,
                        @NotBlank @Size(max = 100) String reporterName,
                        @NotBlank @Size(max = 100) String reporterContact) {
    }
}
