package com.dealerhub.platform.parts.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An allocation run (committed: with its id; a simulation: {@code committed} false, no id) over a
 * warehouse: the stock it shared per part, each line's result with its reason in both languages, and
 * what the run cost the server (elapsed time and heap allocated by the run's thread).
 */
public record RunView(UUID id, boolean committed, String warehouse, String runBy, Instant runAt, List<String> tiers,
                      Map<String, Integer> stock, int lines, int allocated, long elapsedMillis, long allocatedBytes,
                      List<Result> results) {

    /** One line's result: tier, asked (what was still open), allocated, share (allocated ÷ asked), rank in its tier, reason. */
    public record Result(UUID line, UUID order, String orderNumber, String dealer, String partNumber, String tier, int asked,
                         int allocated, BigDecimal share, int rank, String reasonCode, String reasonEn, String reasonZh) {

        static Result of(UUID line, UUID order, String orderNumber, String dealer, String part, BigDecimal share, AllocationReason reason) {
            return new Result(line, order, orderNumber, dealer, part, reason.tier(), reason.asked(), reason.allocated(), share,
                    reason.rank(), reason.code(), reason.english(), reason.chinese());
        }
    }
}
