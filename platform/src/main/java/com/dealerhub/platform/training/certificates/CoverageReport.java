package com.dealerhub.platform.training.certificates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Certification coverage on a day: for each dealer and programme, how many of the people in the
 * programme's role on the roster hold a valid certificate of it (the share), and whether the dealer
 * meets the network's requirement of at least one valid certificate, where the programme has one;
 * the same summed per region.
 *
 * @param dealers one line per dealer and programme
 * @param regions one line per region and programme
 */
public record CoverageReport(LocalDate asOf, List<DealerLine> dealers, List<RegionLine> regions) {

    /**
     * @param inRole  people in the programme's role on the dealer's roster today
     * @param holders of them, those holding a valid certificate of the programme
     * @param share   holders / inRole, null when nobody is in the role
     * @param met     for a programme every dealer must hold: whether someone on its roster holds a valid certificate; null otherwise
     */
    public record DealerLine(String dealer, String dealerName, String region, String programme, String programmeName,
                             boolean required, int inRole, int holders, BigDecimal share, Boolean met) {
    }

    /** @param dealersMet of the region's dealers, those meeting the requirement (null when the programme has none) */
    public record RegionLine(String region, String programme, String programmeName, boolean required, int dealers,
                             Integer dealersMet, int inRole, int holders, BigDecimal share) {
    }

    public static CoverageReport of(LocalDate asOf, List<DealerLine> dealers) {
        Map<String, List<DealerLine>> byRegion = new LinkedHashMap<>();
        dealers.forEach(line -> byRegion.computeIfAbsent(line.region() + "\u0000" + line.programme(), key -> new ArrayList<>()).add(line));
        List<RegionLine> regions = byRegion.values().stream().map(lines -> {
            DealerLine first = lines.getFirst();
            int inRole = lines.stream().mapToInt(DealerLine::inRole).sum();
            int holders = lines.stream().mapToInt(DealerLine::holders).sum();
            Integer met = first.required() ? (int) lines.stream().filter(l -> Boolean.TRUE.equals(l.met())).count() : null;
            return new RegionLine(first.region(), first.programme(), first.programmeName(), first.required(), lines.size(), met,
                    inRole, holders, share(holders, inRole));
        }).toList();
        return new CoverageReport(asOf, dealers, regions);
    }

    public static BigDecimal share(int holders, int inRole) {
        return inRole == 0 ? null : BigDecimal.valueOf(holders).divide(BigDecimal.valueOf(inRole), 4, RoundingMode.HALF_UP);
    }
}
