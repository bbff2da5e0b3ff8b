package com.dealerhub.platform.parts.stock;

import java.math.BigDecimal;
import java.time.Instant;

/** A part's stock in a warehouse, with the part's description and price from the catalogue, and what open lines still ask of it. */
public record StockView(String warehouse, String partNumber, String description, BigDecimal unitPrice, int quantity,
                        int openDemand, Instant updatedAt) {
}
