package com.dealerhub.platform.parts.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocation under shortage (DOMAIN section 6), a pure function: per part, the available stock
 * serves the tiers in the network's order (e.g. VOR, then campaign, then stock); a tier whose lines
 * ask more than is left shares it pro rata to what each asked, rounded down, and the parts left by
 * rounding go one each to the largest remainders (ties: earlier order, order number, line). A lower
 * tier gets nothing while a higher one waits. Allocations already made are not inputs: they are
 * never taken back. The same inputs always give the same result, whatever their order.
 */
public final class FairAllocation {

    private FairAllocation() {
    }

    /**
     * @param available what can be allocated now, per part number (missing: none)
     * @param lines     the open lines, any order
     * @param tiers     the network's tier order, highest first; a line of another tier comes last
     */
    public static List<LineAllocation> run(Map<String, Integer> available, List<OpenLine> lines, List<String> tiers) {
        Map<String, List<OpenLine>> byPart = new HashMap<>();
        for (OpenLine line : lines) {
            byPart.computeIfAbsent(line.part(), p -> new ArrayList<>()).add(line);
        }
        Comparator<OpenLine> order = Comparator.<OpenLine>comparingInt(l -> tierRank(tiers, l.tier())).thenComparing(OpenLine::tier)
                .thenComparing(OpenLine.TIE_BREAK);
        List<LineAllocation> result = new ArrayList<>(lines.size());
        byPart.keySet().stream().sorted().forEach(part -> {
            List<OpenLine> partLines = byPart.get(part);
            partLines.sort(order);
            int left = Math.max(0, available.getOrDefault(part, 0));
            int from = 0;
            while (from < partLines.size()) {
                String tier = partLines.get(from).tier();
                int to = from;
                while (to < partLines.size() && partLines.get(to).tier().equals(tier)) {
                    to++;
                }
                left = serveTier(partLines.subList(from, to), left, available.getOrDefault(part, 0), result);
                from = to;
            }
        });
        return result;
    }

    /** Serves one tier's lines (in tie-break order) from what is left; returns what is left after it. */
    private static int serveTier(List<OpenLine> tier, int left, int partStock, List<LineAllocation> result) {
        int asked = tier.stream().mapToInt(OpenLine::asked).sum();
        if (asked <= left) {
            for (int i = 0; i < tier.size(); i++) {
                OpenLine line = tier.get(i);
                result.add(allocation(line, line.asked(), i + 1, new AllocationReason("FULL", line.tier(), line.asked(),
                        line.asked(), left, asked, BigDecimal.valueOf(line.asked()), false, i + 1)));
            }
            return left - asked;
        }
        if (left == 0) {
            String code = partStock <= 0 ? "NO_STOCK" : "EXHAUSTED";
            for (int i = 0; i < tier.size(); i++) {
                OpenLine line = tier.get(i);
                result.add(allocation(line, 0, i + 1, new AllocationReason(code, line.tier(), line.asked(), 0, 0, asked,
                        BigDecimal.ZERO, false, i + 1)));
            }
            return 0;
        }
        int[] floor = new int[tier.size()];
        long[] remainder = new long[tier.size()];
        int given = 0;
        for (int i = 0; i < tier.size(); i++) {
            long exact = (long) tier.get(i).asked() * left;
            floor[i] = (int) (exact / asked);
            remainder[i] = exact % asked;
            given += floor[i];
        }
        List<Integer> byRemainder = new ArrayList<>(tier.size());
        for (int i = 0; i < tier.size(); i++) {
            byRemainder.add(i);
        }
        // the tier is in tie-break order, so a stable sort keeps earlier lines first among equal remainders
        byRemainder.sort(Comparator.comparingLong((Integer i) -> remainder[i]).reversed());
        boolean[] extra = new boolean[tier.size()];
        for (int k = 0; k < left - given; k++) {
            extra[byRemainder.get(k)] = true;
        }
        int[] rank = new int[tier.size()];
        for (int k = 0; k < byRemainder.size(); k++) {
            rank[byRemainder.get(k)] = k + 1;
        }
        for (int i = 0; i < tier.size(); i++) {
            OpenLine line = tier.get(i);
            int allocated = floor[i] + (extra[i] ? 1 : 0);
            result.add(allocation(line, allocated, rank[i], new AllocationReason("PRO_RATA", line.tier(), line.asked(), allocated,
                    left, asked, AllocationReason.quota(line.asked(), left, asked), extra[i], rank[i])));
        }
        return 0;
    }

    private static LineAllocation allocation(OpenLine line, int allocated, int rank, AllocationReason reason) {
        BigDecimal share = line.asked() == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(allocated).divide(BigDecimal.valueOf(line.asked()), 4, RoundingMode.HALF_EVEN);
        return new LineAllocation(line.line(), line.dealer(), line.part(), line.tier(), line.asked(), allocated, share, rank, reason);
    }

    private static int tierRank(List<String> tiers, String tier) {
        int rank = tiers.indexOf(tier);
        return rank < 0 ? tiers.size() : rank;
    }
}
