package com.dealerhub.platform.parts.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies of the parts order endpoints. */
public final class OrderRequests {

    private OrderRequests() {
    }

    /**
     * An order: its kind with its citation (VOR: {@code vin} and {@code repairOrder}; CAMPAIGN:
     * {@code campaignCode}), its lines, and for a DMS an {@code idempotencyKey}: the same key with the
     * same order answers with the order placed first, with another order 409.
     */
    public record Place(@NotNull OrderKind kind,
                        @Size(max = 100) @Pattern(regexp = "^[\\x21-\\x7E]+$") String idempotencyKey,
                        @Size(max = 40) String vin,
                        @Size(max = 40) String repairOrder,
                        @Size(max = 40) String campaignCode,
                        @Size(max = 2000) String note,
                        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Line> lines) {
    }

    public record Line(@NotBlank @Size(max = 40) String partNumber, @NotNull @Min(1) @Max(100_000) Integer quantity) {
    }

    /** A quantity for one line of the order, by its number. */
    public record LineQuantity(@NotNull @Min(1) Integer lineNo, @NotNull @Min(0) @Max(100_000) Integer quantity) {
    }

    /** Backorders to cancel: the given quantities of the given lines, or every backorder when {@code lines} is absent or empty. */
    public record Cancel(@Size(max = 200) List<@NotNull @Valid LineQuantity> lines, @Size(max = 2000) String reason) {
    }

    /** What arrived per line; a line not listed arrived in full. */
    public record Receive(@Size(max = 200) List<@NotNull @Valid LineQuantity> lines, @Size(max = 2000) String note) {
    }
}
