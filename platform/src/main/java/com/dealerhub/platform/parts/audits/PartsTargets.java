package com.dealerhub.platform.parts.audits;

import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.platform.parts.campaigns.Rows;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** The parts targets per dealer: the parts department sets them; every dealer within reach reads its own. */
@TenantService
public class PartsTargets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Clock clock;

    /** Every dealer within reach, in code order, with its targets (null where none are set). */
    public List<TargetView> list() {
        Caller caller = PartsRoles.requireNetwork(CurrentCaller.require());
        List<String> reachable = dealers.codesReachedBy(caller);
        if (reachable.isEmpty()) {
            return List.of();
        }
        return Rows.of(em.createNativeQuery("""
                        SELECT d.code, d.name, d.region_code, t.fill_rate_percent, t.days_of_supply, t.set_by, t.set_at
                        FROM dealer d LEFT JOIN parts_target t ON t.dealer_code = d.code
                        WHERE d.network_code = ?1 AND d.code = ANY (?2) ORDER BY d.code""")
                .setParameter(1, caller.network()).setParameter(2, reachable.toArray(String[]::new))
                )
                .map(r -> new TargetView((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3],
                        r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], NativeValues.instant(r[6])))
                .toList();
    }

    public TargetView set(String dealerCode, AuditRequests.Target target) {
        Caller caller = PartsRoles.requireOemParts(CurrentCaller.require(), "sets dealers' parts targets");
        Dealer dealer = dealers.find(dealerCode).filter(d -> d.network().equals(caller.network()))
                .orElseThrow(() -> new NotFound("dealer", dealerCode));
        em.createNativeQuery("""
                        INSERT INTO parts_target (dealer_code, network_code, fill_rate_percent, days_of_supply, set_by, set_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (dealer_code) DO UPDATE SET fill_rate_percent = EXCLUDED.fill_rate_percent,
                            days_of_supply = EXCLUDED.days_of_supply, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""")
                .setParameter(1, dealer.code()).setParameter(2, dealer.network()).setParameter(3, target.fillRatePercent())
                .setParameter(4, target.daysOfSupply()).setParameter(5, caller.username())
                .setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        return list().stream().filter(t -> t.dealer().equals(dealer.code())).findFirst().orElseThrow();
    }
}
