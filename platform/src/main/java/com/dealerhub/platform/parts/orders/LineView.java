package com.dealerhub.platform.parts.orders;

import com.dealerhub.platform.parts.allocation.AllocationReason;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An order line: asked, allocated, shipped, received, cancelled, and the backorder (asked − allocated −
 * cancelled); with the explanation of the last allocation run that served it (null before any).
 */
public record LineView(UUID id, int lineNo, String partNumber, String description, int quantity, BigDecimal unitPrice,
                       int allocated, int shipped, int received, int cancelled, int backorder, LastAllocation lastAllocation) {

    /** What the last run gave the line, with the reason in English and Chinese (the console shows its language's). */
    public record LastAllocation(UUID run, String tier, int asked, int allocated, BigDecimal share, int rank,
                                 String reasonCode, String reasonEn, String reasonZh) {

        static LastAllocation of(UUID run, BigDecimal share, AllocationReason reason) {
            return new LastAllocation(run, reason.tier(), reason.asked(), reason.allocated(), share, reason.rank(), reason.code(),
                    reason.english(), reason.chinese());
        }
    }
}
