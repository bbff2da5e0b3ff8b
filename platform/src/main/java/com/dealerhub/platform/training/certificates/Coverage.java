package com.dealerhub.platform.training.certificates;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Certification coverage of the dealers within reach ({@link CoverageReport}): OEM roles see their
 * regions or the network, a dealer its own. Counted today, from the rosters and live certificates.
 */
@TenantService
public class Coverage {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Clock clock;

    public CoverageReport report(String programme, String region) {
        Caller caller = CurrentCaller.require();
        LocalDate today = TrainingDay.today(clock);
        List<String> reach = dealers.codesReachedBy(caller);
        if (reach.isEmpty()) {
            return CoverageReport.of(today, List.of());
        }
        List<?> rows = em.createNativeQuery("""
                        WITH on_roster AS (
                            SELECT DISTINCT r.dealer_code, r.person_id, r.role FROM roster_entry r
                            WHERE r.dealer_code = ANY (:reach) AND r.in_role_since <= :today
                              AND (r.left_on IS NULL OR r.left_on >= :today)),
                        valid AS (
                            SELECT DISTINCT c.person_id, c.programme_code FROM certificate c
                            WHERE c.network_code = :network AND c.issued_on <= :today AND c.valid_through >= :today)
                        SELECT d.code, d.name, d.region_code, p.code, p.name, p.required_per_dealer,
                               count(DISTINCT o.person_id) FILTER (WHERE o.role = p.role),
                               count(DISTINCT o.person_id) FILTER (WHERE o.role = p.role AND v.person_id IS NOT NULL),
                               count(DISTINCT o.person_id) FILTER (WHERE v.person_id IS NOT NULL)
                        FROM dealer d
                             CROSS JOIN certification_programme p
                             LEFT JOIN on_roster o ON o.dealer_code = d.code
                             LEFT JOIN valid v ON v.person_id = o.person_id AND v.programme_code = p.code
                        WHERE d.code = ANY (:reach) AND p.network_code = :network
                          AND (CAST(:programme AS text) IS NULL OR p.code = :programme)
                          AND (CAST(:region AS text) IS NULL OR d.region_code = :region)
                        GROUP BY d.code, d.name, d.region_code, p.code, p.name, p.required_per_dealer
                        ORDER BY d.region_code, d.code, p.code""")
                .setParameter("reach", reach.toArray(String[]::new)).setParameter("today", today)
                .setParameter("network", caller.network()).setParameter("programme", programme).setParameter("region", region)
                .getResultList();
        return CoverageReport.of(today, rows.stream().map(Object[].class::cast).map(row -> {
            boolean required = (Boolean) row[5];
            int inRole = ((Number) row[6]).intValue();
            int holders = ((Number) row[7]).intValue();
            int anyHolder = ((Number) row[8]).intValue();
            return new CoverageReport.DealerLine((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    required, inRole, holders, CoverageReport.share(holders, inRole), required ? anyHolder > 0 : null);
        }).toList());
    }
}
