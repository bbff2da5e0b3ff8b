package com.dealerhub.platform.warranty.settings;

import com.dealerhub.platform.warranty.adjudication.RuleSettings;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.List;

/**
 * A network's auto-adjudication thresholds (latest version) and approval chains, falling back
 * to DOMAIN.md's defaults where head office has set nothing.
 */
@ApplicationScoped
public class WarrantySettings {

    @PersistenceContext
    EntityManager em;

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

    public List<ApprovalStep> chain(String network, ClaimKind kind) {
        List<?> rows = em.createNativeQuery("SELECT steps FROM approval_chain WHERE network_code = ?1 AND claim_kind = ?2")
                .setParameter(1, network).setParameter(2, kind.name()).getResultList();
        return rows.stream().map(String[].class::cast)
                .map(steps -> Arrays.stream(steps).map(ApprovalStep::valueOf).toList())
                .findFirst().orElse(kind.defaultChain());
    }
}
