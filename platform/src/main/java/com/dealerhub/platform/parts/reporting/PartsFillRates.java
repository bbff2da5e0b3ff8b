package com.dealerhub.platform.parts.reporting;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.platform.parts.campaigns.Rows;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Parts fill rate and allocation shortfall per dealer and region, read from the order lines placed in a period
 * (days in Asia/Shanghai, both ends included), against each dealer's fill-rate target. Forced orders are left
 * out: the dealer did not ask for them, and they are always allocated in full.
 */
@TenantService
public class PartsFillRates {

    private static final ZoneId OEM_DAY = ZoneId.of("Asia/Shanghai");
    private static final int LONGEST_PERIOD_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Clock clock;

    /** @param from first day (default: 29 days before {@code to}); @param to last day (default: today) */
    public FillRateReport report(LocalDate from, LocalDate to, String region) {
        Caller caller = PartsRoles.requireNetwork(CurrentCaller.require());
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(OEM_DAY));
        LocalDate first = from != null ? from : last.minusDays(29);
        if (first.isAfter(last)) {
            throw new InvalidField("from", "must not be after to (" + last + ")");
        }
        if (first.plusDays(LONGEST_PERIOD_DAYS).isBefore(last)) {
            throw new InvalidField("from", "a period of at most " + LONGEST_PERIOD_DAYS + " days");
        }
        List<String> reachable = dealers.codesReachedBy(caller);
        if (reachable.isEmpty()) {
            return FillRateReport.of(first, last, List.of());
        }
        List<FillRateReport.DealerRow> rows = Rows.of(em.createNativeQuery("""
                        SELECT d.code, d.name, d.region_code, count(l.id), COALESCE(sum(l.quantity - l.cancelled), 0),
                               COALESCE(sum(l.allocated), 0), t.fill_rate_percent
                        FROM dealer d
                        LEFT JOIN parts_order o ON o.dealer_code = d.code AND o.kind <> 'FORCED'
                                               AND o.placed_at >= ?3 AND o.placed_at < ?4
                        LEFT JOIN parts_order_line l ON l.order_id = o.id
                        LEFT JOIN parts_target t ON t.dealer_code = d.code
                        WHERE d.network_code = ?1 AND d.code = ANY (?2) AND (CAST(?5 AS text) IS NULL OR d.region_code = ?5)
                        GROUP BY d.code, d.name, d.region_code, t.fill_rate_percent
                        ORDER BY d.code""")
                .setParameter(1, caller.network()).setParameter(2, reachable.toArray(String[]::new))
                .setParameter(3, Timestamp.from(first.atStartOfDay(OEM_DAY).toInstant()))
                .setParameter(4, Timestamp.from(last.plusDays(1).atStartOfDay(OEM_DAY).toInstant()))
                .setParameter(5, region)
                )
                .map(r -> {
                    FillRate rate = FillRate.of(((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
                    BigDecimal target = (BigDecimal) r[6];
                    return new FillRateReport.DealerRow((String) r[0], (String) r[1], (String) r[2], rate, target, rate.meets(target));
                })
                .toList();
        return FillRateReport.of(first, last, rows);
    }
}
