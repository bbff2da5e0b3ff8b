package com.dealerhub.platform.cases.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a network's clock policies (table {@code clock_policy}), in the caller's transaction. */
@ApplicationScoped
public class ClockPolicies {

    private static final String COLUMNS = "case_type, variant, clock, duration_seconds, timing, warn_before_seconds, "
            + "notify_on_warning, notify_on_breach";

    @PersistenceContext
    EntityManager em;

    /** The policy of a clock for a case of this type and variant; empty when the variant has no such clock. */
    public Optional<StoredClockPolicy> of(String network, String caseType, String variant, String clock) {
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM clock_policy "
                        + "WHERE network_code = ?1 AND case_type = ?2 AND variant = ?3 AND clock = ?4")
                .setParameter(1, network).setParameter(2, caseType).setParameter(3, variant).setParameter(4, clock)
                .getResultList().stream().map(row -> toPolicy((Object[]) row)).findFirst();
    }

    /** Every clock's policy for a case of this type and variant, by clock. */
    public Map<String, StoredClockPolicy> ofVariant(String network, String caseType, String variant) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM clock_policy "
                        + "WHERE network_code = ?1 AND case_type = ?2 AND variant = ?3")
                .setParameter(1, network).setParameter(2, caseType).setParameter(3, variant)
                .getResultList();
        return rows.stream().map(row -> toPolicy((Object[]) row))
                .collect(Collectors.toMap(StoredClockPolicy::clock, policy -> policy));
    }

    public List<StoredClockPolicy> all(String network, String caseType) {
        var query = em.createNativeQuery("SELECT " + COLUMNS + " FROM clock_policy WHERE network_code = ?1"
                        + (caseType == null ? "" : " AND case_type = ?2") + " ORDER BY case_type, variant, clock")
                .setParameter(1, network);
        if (caseType != null) {
            query.setParameter(2, caseType);
        }
        return query.getResultList().stream().map(row -> toPolicy((Object[]) row)).toList();
    }

    private static StoredClockPolicy toPolicy(Object[] row) {
        ClockPolicy policy = new ClockPolicy(Duration.ofSeconds(((Number) row[3]).longValue()),
                ClockPolicy.Timing.valueOf((String) row[4]), Duration.ofSeconds(((Number) row[5]).longValue()));
        return new StoredClockPolicy((String) row[0], (String) row[1], (String) row[2], policy,
                Arrays.asList((String[]) row[6]), Arrays.asList((String[]) row[7]));
    }
}
