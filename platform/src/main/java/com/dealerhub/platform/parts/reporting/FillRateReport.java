package com.dealerhub.platform.parts.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Parts fill rate and allocation shortfall of the order lines placed in a period, per dealer, per region and in all. */
public record FillRateReport(LocalDate from, LocalDate to, List<DealerRow> dealers, List<RegionRow> regions, FillRate total) {

    /** A dealer's lines against its fill-rate target (null when none is set); {@code meetsTarget} null when not measurable. */
    public record DealerRow(String dealer, String dealerName, String region, FillRate fillRate, BigDecimal targetPercent,
                            Boolean meetsTarget) {
    }

    /** A region's lines, and how many of its dealers with a target and lines meet it. */
    public record RegionRow(String region, FillRate fillRate, int dealersMeasured, int dealersMeetingTarget) {
    }

    /** Sums the dealers' rows into their regions (in code order) and a total. */
    public static FillRateReport of(LocalDate from, LocalDate to, List<DealerRow> dealers) {
        Map<String, List<DealerRow>> byRegion = new TreeMap<>();
        dealers.forEach(d -> byRegion.computeIfAbsent(d.region(), r -> new ArrayList<>()).add(d));
        List<RegionRow> regions = new ArrayList<>();
        byRegion.forEach((region, rows) -> regions.add(new RegionRow(region,
                rows.stream().map(DealerRow::fillRate).reduce(FillRate.of(0, 0, 0), FillRate::plus),
                (int) rows.stream().filter(r -> r.meetsTarget() != null).count(),
                (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.meetsTarget())).count())));
        FillRate total = dealers.stream().map(DealerRow::fillRate).reduce(FillRate.of(0, 0, 0), FillRate::plus);
        return new FillRateReport(from, to, List.copyOf(dealers), List.copyOf(regions), total);
    }
}
