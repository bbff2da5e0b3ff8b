package com.dealerhub.platform.parts.allocation;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * An order line waiting for parts: what is still asked after what it already holds (allocations
 * already made are never taken back), its tier (the order's kind: VOR, CAMPAIGN, STOCK) and what
 * breaks ties (the earlier order first, then the order number, then the line).
 */
public record OpenLine(UUID line, String orderNumber, String dealer, String part, String tier, int asked, Instant placedAt) {

    public OpenLine {
        if (asked < 0) {
            throw new IllegalArgumentException("asked must not be negative: " + asked);
        }
    }

    /** The fixed tie-break: earlier order, then order number, then line id. */
    static final Comparator<OpenLine> TIE_BREAK = Comparator.comparing(OpenLine::placedAt)
            .thenComparing(OpenLine::orderNumber).thenComparing(OpenLine::line);
}
