package com.dealerhub.platform.warranty.settings;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.approval.ApprovalChainAdministration;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.adjudication.RuleSettings;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Head office's claims department sets its network's auto-adjudication thresholds (each edit a
 * new version), the approval chain of each claim kind, and each dealer's warranty labor rate.
 */
@TenantService
public class SettingsAdministration {

    static final String EDITING_ROLE = WarrantyChains.EDITING_ROLE;

    public record Thresholds(int duplicateWindowDays, int laborTolerancePercent, int priceTolerancePercent) {
    }

    public record Chain(List<ApprovalStep> steps) {
    }

    public record LaborRate(BigDecimal rate) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WarrantySettings settings;

    @Inject
    ApprovalChainAdministration chainAdministration;

    @Inject
    Clock clock;

    public RuleSettings current() {
        return settings.current(CurrentCaller.require().network());
    }

    /** Stores the thresholds as the next version; claims judged from now on record it. */
    public RuleSettings update(Thresholds thresholds) {
        Caller caller = requireEditor();
        RuleSettings current = settings.current(caller.network());
        em.createNativeQuery("""
                        INSERT INTO adjudication_settings (network_code, version, duplicate_window_days, labor_tolerance_percent,
                                                           price_tolerance_percent, changed_by, changed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, caller.network()).setParameter(2, current.version() + 1)
                .setParameter(3, thresholds.duplicateWindowDays()).setParameter(4, thresholds.laborTolerancePercent())
                .setParameter(5, thresholds.priceTolerancePercent()).setParameter(6, caller.username())
                .setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        return settings.current(caller.network());
    }

    public Map<ClaimKind, List<ApprovalStep>> chains() {
        String network = CurrentCaller.require().network();
        Map<ClaimKind, List<ApprovalStep>> chains = new LinkedHashMap<>();
        Arrays.stream(ClaimKind.values()).forEach(kind -> chains.put(kind, settings.chain(network, kind)));
        return chains;
    }

    /**
     * The approvers a kind's claims pass through from now on; claims already submitted keep their chain.
     * Kept in the kernel's table of chains, which validates and audits the change.
     */
    public List<ApprovalStep> updateChain(ClaimKind kind, Chain chain) {
        requireEditor();
        return chainAdministration.update(CaseType.WARRANTY, kind.name(), chain.steps().stream().map(Enum::name).toList())
                .steps().stream().map(ApprovalStep::valueOf).toList();
    }

    public LaborRate setLaborRate(String dealer, LaborRate rate) {
        Caller caller = requireEditor();
        int updated = em.createNativeQuery("UPDATE dealer SET labor_rate = ?1 WHERE code = ?2 AND network_code = ?3")
                .setParameter(1, rate.rate()).setParameter(2, dealer).setParameter(3, caller.network()).executeUpdate();
        if (updated == 0) {
            throw new NotFound("dealer", dealer);
        }
        return rate;
    }

    private static Caller requireEditor() {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(EDITING_ROLE)) {
            throw new Forbidden("warranty settings are set by head office's claims department (" + EDITING_ROLE + ")");
        }
        return caller;
    }
}
