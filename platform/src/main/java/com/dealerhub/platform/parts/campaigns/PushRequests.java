package com.dealerhub.platform.parts.campaigns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies of the campaign push and forced order endpoints. */
public final class PushRequests {

    private PushRequests() {
    }

    /** How many of each campaign part one vehicle needs; parts not listed keep theirs (one by default). */
    public record PerVehicle(@NotNull @Size(min = 1, max = 100) List<@NotNull @Valid PartQuantity> parts) {
    }

    public record PartQuantity(@NotBlank @Size(max = 40) String part, @NotNull @Min(1) @Max(99) Integer perVehicle) {
    }
}
