package com.dealerhub.platform.warranty.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A campaign head office publishes: which work it pays, and when. Its VINs are imported separately. */
public record CampaignRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") String code,
                              @NotBlank @Size(max = 200) String title,
                              @NotNull @Size(min = 1, max = 50) List<@NotBlank String> laborOperations,
                              @Size(max = 50) List<@NotBlank String> parts,
                              @NotNull LocalDate validFrom,
                              @NotNull LocalDate validTo) {

    public CampaignRequest {
        parts = parts == null ? List.of() : parts;
    }
}
