package com.dealerhub.platform.warranty.settings;

import com.dealerhub.platform.warranty.adjudication.RuleSettings;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.approval.ApprovalChains;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * A network's auto-adjudication thresholds (latest version) and approval chains, falling back
 * to DOMAIN.md's defaults where head office has set nothing. The chains are the case kernel's
 * ({@link ApprovalChains}), one per claim kind.
 */
@ApplicationScoped
public class WarrantySettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApprovalChains chains;

    public RuleSettings current(String network) {
        List<?> rows = em.createNativeQuery("""
                        SELECT version, duplicate_window_days, labor_tolerance_percent, price_tolerance_percent
                        FROM adjudication_settings WHERE network_code = ?1 ORDER BY version DESC LIMIT 1""")
                .setParameter(1, network).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new RuleSettings(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue()))
                .findFirst().orElse(RuleSettings.DEFAULTS);
    }

    /** The approvers a claim of this kind passes through in the network, from the kernel's table of chains. */
    public List<ApprovalStep> chain(String network, ClaimKind kind) {
        return chains.chain(network, CaseType.WARRANTY, kind.name()).stream().map(ApprovalStep::valueOf).toList();
    }
}
