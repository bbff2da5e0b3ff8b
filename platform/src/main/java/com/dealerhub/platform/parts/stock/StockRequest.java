package com.dealerhub.platform.parts.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The quantity a warehouse holds of a part now. */
public record StockRequest(@NotNull @Min(0) @Max(10_000_000) Integer quantity) {
}
