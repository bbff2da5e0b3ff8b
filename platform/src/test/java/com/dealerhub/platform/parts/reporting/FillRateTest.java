package com.dealerhub.platform.parts.reporting;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fill rate = allocated ÷ asked, shortfall = asked − allocated; summed per region against the dealers' targets. */
class FillRateTest {

    @Test
    void rateShortfallAndTarget() {
        FillRate rate = FillRate.of(3, 30, 20);
        assertEquals(new BigDecimal("66.67"), rate.percent());
        assertEquals(10, rate.shortfall());
        assertTrue(rate.meets(new BigDecimal("66.67")));
        assertFalse(rate.meets(new BigDecimal("66.68")));
        assertNull(rate.meets(null));
        assertNull(FillRate.of(0, 0, 0).percent());
        assertNull(FillRate.of(0, 0, 0).meets(BigDecimal.TEN));
    }

    @Test
    void regionsSumTheirDealers() {
        var e01 = new FillRateReport.DealerRow("a-e01", "E01", "a-east", FillRate.of(2, 10, 10), new BigDecimal("95"), true);
        var e02 = new FillRateReport.DealerRow("a-e02", "E02", "a-east", FillRate.of(1, 10, 5), new BigDecimal("95"), false);
        var s01 = new FillRateReport.DealerRow("a-s01", "S01", "a-south", FillRate.of(0, 0, 0), null, null);
        FillRateReport report = FillRateReport.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), List.of(e01, e02, s01));

        assertEquals(List.of("a-east", "a-south"), report.regions().stream().map(FillRateReport.RegionRow::region).toList());
        FillRateReport.RegionRow east = report.regions().getFirst();
        assertEquals(FillRate.of(3, 20, 15), east.fillRate());
        assertEquals(2, east.dealersMeasured());
        assertEquals(1, east.dealersMeetingTarget());
        assertEquals(new BigDecimal("75.00"), report.total().percent());
        assertEquals(5, report.total().shortfall());
    }
}
