package com.dealerhub.platform.parts.allocation;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Allocation under shortage: tiers, pro rata, largest-remainder rounding, tie-break, determinism, and its invariants on random inputs. */
class FairAllocationTest {

    static final List<String> TIERS = List.of("VOR", "CAMPAIGN", "STOCK");
    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    static OpenLine line(int n, String tier, int asked, int minutesAfter) {
        return new OpenLine(new UUID(0, n), "PO-" + (1000 + n), "d" + n, "P-1", tier, asked, T0.plusSeconds(60L * minutesAfter));
    }

    static Map<UUID, LineAllocation> byLine(List<LineAllocation> result) {
        return result.stream().collect(Collectors.toMap(LineAllocation::line, a -> a));
    }

    @Test
    void vorIsServedBeforeCampaignAndCampaignBeforeStock() {
        var result = byLine(FairAllocation.run(Map.of("P-1", 10),
                List.of(line(1, "STOCK", 5, 0), line(2, "CAMPAIGN", 4, 5), line(3, "VOR", 3, 9)), TIERS));
        assertEquals(3, result.get(new UUID(0, 3)).allocated());
        assertEquals(4, result.get(new UUID(0, 2)).allocated());
        assertEquals(3, result.get(new UUID(0, 1)).allocated());
        assertEquals("PRO_RATA", result.get(new UUID(0, 1)).reason().code());
        assertEquals("FULL", result.get(new UUID(0, 3)).reason().code());
    }

    @Test
    void aShortTierSharesProRataWithTheLargestRemaindersRoundedUp() {
        // 10 available, asked 7, 5 and 3 (15): quotas 4.667, 3.333 and 2 → 4, 3, 2 and the one left to the largest remainder
        var result = byLine(FairAllocation.run(Map.of("P-1", 10),
                List.of(line(1, "STOCK", 7, 0), line(2, "STOCK", 5, 1), line(3, "STOCK", 3, 2)), TIERS));
        assertEquals(5, result.get(new UUID(0, 1)).allocated());
        assertEquals(3, result.get(new UUID(0, 2)).allocated());
        assertEquals(2, result.get(new UUID(0, 3)).allocated());
        AllocationReason first = result.get(new UUID(0, 1)).reason();
        assertTrue(first.rounded());
        assertEquals("asked 7 of the 15 asked in the STOCK tier with 10 available: pro rata 4.6667, allocated 5 (one more by largest remainder, rank 1)",
                first.english());
        assertTrue(first.chinese().startsWith("需求 7（STOCK 级合计需求 15，可用 10）：按比例 4.6667，分配 5"), first.chinese());
    }

    @Test
    void equalRemaindersGoToTheEarlierOrder() {
        // 2 available, three lines asking 1 each: quotas 0.667 each, the two earlier orders get one
        var result = byLine(FairAllocation.run(Map.of("P-1", 2),
                List.of(line(3, "STOCK", 1, 2), line(1, "STOCK", 1, 0), line(2, "STOCK", 1, 1)), TIERS));
        assertEquals(1, result.get(new UUID(0, 1)).allocated());
        assertEquals(1, result.get(new UUID(0, 2)).allocated());
        assertEquals(0, result.get(new UUID(0, 3)).allocated());
        assertEquals(3, result.get(new UUID(0, 3)).rank());
    }

    @Test
    void lowerTiersGetNothingWhenHigherTiersTakeItAllAndNoStockIsSaidSo() {
        var result = byLine(FairAllocation.run(Map.of("P-1", 3), List.of(line(1, "VOR", 5, 0), line(2, "STOCK", 5, 0)), TIERS));
        assertEquals(3, result.get(new UUID(0, 1)).allocated());
        assertEquals("EXHAUSTED", result.get(new UUID(0, 2)).reason().code());
        assertEquals("NO_STOCK", FairAllocation.run(Map.of(), List.of(line(1, "STOCK", 2, 0)), TIERS).getFirst().reason().code());
    }

    @RepeatedTest(200)
    void invariantsHoldOnRandomInputsAndOrderDoesNotMatter() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        List<String> parts = List.of("P-1", "P-2", "P-3");
        Map<String, Integer> stock = new HashMap<>();
        parts.forEach(p -> stock.put(p, random.nextInt(60)));
        List<OpenLine> lines = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            lines.add(new OpenLine(UUID.randomUUID(), "PO-" + random.nextInt(20), "d" + random.nextInt(8), parts.get(random.nextInt(3)),
                    TIERS.get(random.nextInt(3)), random.nextInt(15), T0.plusSeconds(random.nextInt(5) * 60L)));
        }
        List<LineAllocation> result = FairAllocation.run(stock, lines, TIERS);
        assertEquals(lines.size(), result.size(), "seed " + seed);
        for (String part : parts) {
            List<LineAllocation> ofPart = result.stream().filter(a -> a.part().equals(part)).toList();
            int asked = ofPart.stream().mapToInt(LineAllocation::asked).sum();
            int allocated = ofPart.stream().mapToInt(LineAllocation::allocated).sum();
            assertEquals(Math.min(asked, stock.get(part)), allocated, "all that can be given is given, no more; seed " + seed);
            for (int tier = 1; tier < TIERS.size(); tier++) {
                String lower = TIERS.get(tier);
                boolean lowerServed = ofPart.stream().anyMatch(a -> a.tier().equals(lower) && a.allocated() > 0);
                boolean higherWaits = ofPart.stream().anyMatch(a -> TIERS.indexOf(a.tier()) < TIERS.indexOf(lower) && a.allocated() < a.asked());
                assertTrue(!(lowerServed && higherWaits), "no lower tier served while a higher one waits; seed " + seed);
            }
        }
        result.forEach(a -> assertTrue(a.allocated() >= 0 && a.allocated() <= a.asked(), "each line at most its ask; seed " + seed));
        List<OpenLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, random);
        assertEquals(byLine(result), byLine(FairAllocation.run(stock, shuffled, TIERS)), "the same inputs give the same result; seed " + seed);
    }
}
