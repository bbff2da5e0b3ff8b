package com.dealerhub.platform.parts.allocation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one line gets in a run: the tier it was served in, what it asked, what it is allocated
 * now, its share of the tier's stock (allocated ÷ asked, 0 to 1), its rank in the tie-break of its
 * tier, and the reason.
 */
public record LineAllocation(UUID line, String dealer, String part, String tier, int asked, int allocated, BigDecimal share,
                             int rank, AllocationReason reason) {
}
