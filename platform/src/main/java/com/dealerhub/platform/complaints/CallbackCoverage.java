package com.dealerhub.platform.complaints;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * CAC calls back every closed complaint (target 100 %): of the complaints closed in a period (UTC
 * days, inclusive) within reach, how many were called back, and how many closures proved false.
 */
@TenantService
public class CallbackCoverage {

    public record Coverage(LocalDate from, LocalDate to, String dealer, long closed, long calledBack,
                           BigDecimal coveragePercent, long falseClosures) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    public Coverage of(String dealer, LocalDate from, LocalDate to) {
        Caller caller = CurrentCaller.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidField(from == null ? "from" : "to", "give the period as from and to dates, to not before from");
        }
        List<String> reachable = dealers.codesReachedBy(caller);
        if (dealer != null) {
            reachable = reachable.contains(dealer) ? List.of(dealer) : List.of();
        }
        Object[] row = reachable.isEmpty() ? new Object[] {0L, 0L, 0L} : (Object[]) em.createNativeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE k.called_back_at IS NOT NULL), coalesce(sum(k.false_closures), 0)
                        FROM complaint k
                        WHERE k.network_code = :network AND k.dealer_code = ANY (:dealers)
                          AND EXISTS (SELECT 1 FROM case_timeline t WHERE t.case_id = k.id AND t.action = 'CLOSE'
                                      AND t.at >= :from AND t.at < :to)""")
                .setParameter("network", caller.network()).setParameter("dealers", reachable.toArray(String[]::new))
                .setParameter("from", Timestamp.from(from.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .setParameter("to", Timestamp.from(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .getSingleResult();
        long closed = ((Number) row[0]).longValue();
        long calledBack = ((Number) row[1]).longValue();
        BigDecimal percent = closed == 0 ? null
                : BigDecimal.valueOf(calledBack * 100).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
        return new Coverage(from, to, dealer, closed, calledBack, percent, ((Number) row[2]).longValue());
    }
}
