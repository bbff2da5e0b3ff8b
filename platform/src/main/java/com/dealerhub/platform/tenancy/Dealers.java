package com.dealerhub.platform.tenancy;

import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Looks up dealers within the current transaction (and so within its row-level security scope). */
@ApplicationScoped
public class Dealers {

    @PersistenceContext
    EntityManager em;

    public Optional<Dealer> find(String code) {
        List<?> rows = em.createNativeQuery(
                        "SELECT code, network_code, region_code, name, status FROM dealer WHERE code = ?1")
                .setParameter(1, code)
                .getResultList();
        return rows.stream().map(row -> toDealer((Object[]) row)).findFirst();
    }

    /** The dealer, which must exist (and be visible in this transaction). */
    public Dealer require(String code) {
        return find(code).orElseThrow(() -> new NotFound("dealer", code));
    }

    /** The dealers a caller reaches, or empty if it reaches none. */
    public List<String> codesReachedBy(Caller caller) {
        return switch (caller.scope()) {
            case DEALER -> List.of(caller.dealer());
            case NETWORK -> strings(em.createNativeQuery("SELECT code FROM dealer WHERE network_code = ?1")
                    .setParameter(1, caller.network()).getResultList());
            case REGIONS -> strings(em.createNativeQuery(
                            "SELECT code FROM dealer WHERE network_code = ?1 AND region_code = ANY (?2)")
                    .setParameter(1, caller.network())
                    .setParameter(2, caller.regions().toArray(String[]::new))
                    .getResultList());
            case PLATFORM, SYSTEM -> List.of();
        };
    }

    /** The dealers of one region (within this transaction's row-level security scope). */
    public List<String> codesInRegion(String region) {
        return strings(em.createNativeQuery("SELECT code FROM dealer WHERE region_code = ?1").setParameter(1, region).getResultList());
    }

    private static List<String> strings(List<?> rows) {
        return rows.stream().map(String.class::cast).toList();
    }

    private static Dealer toDealer(Object[] row) {
        return new Dealer((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]);
    }
}
