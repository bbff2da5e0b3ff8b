package com.dealerhub.platform.threeguarantees;

import com.dealerhub.platform.warranty.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The quality-related repairs of the network's VINs ({@code three_guarantees_repair}, shared by the
 * network's dealers like the vehicle history): recorded from claims and from repair orders, read back
 * for the ledger. In the caller's transaction.
 */
@ApplicationScoped
public class LedgerRepairs {

    @PersistenceContext
    EntityManager em;

    /** Records (or, on resubmission, replaces) the repair a claim tells of. */
    public void recordClaim(UUID claimId, String network, Repair repair, String vin) {
        em.createNativeQuery("""
                        INSERT INTO three_guarantees_repair (network_code, vin, dealer_code, source, reference, repair_order, claim_id,
                            opened_at, closed_at, mileage, problem_codes, serious_safety, major_part, transport_days, counts)
                        VALUES (?1, ?2, ?3, 'CLAIM', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, true)
                        ON CONFLICT (claim_id) DO UPDATE SET vin = excluded.vin, repair_order = excluded.repair_order,
                            opened_at = excluded.opened_at, closed_at = excluded.closed_at, mileage = excluded.mileage,
                            problem_codes = excluded.problem_codes, serious_safety = excluded.serious_safety,
                            major_part = excluded.major_part, transport_days = excluded.transport_days, counts = true""")
                .setParameter(1, network).setParameter(2, vin).setParameter(3, repair.dealer()).setParameter(4, repair.reference())
                .setParameter(5, repair.repairOrder()).setParameter(6, claimId)
                .setParameter(7, Timestamp.from(repair.openedAt())).setParameter(8, Timestamp.from(repair.closedAt()))
                .setParameter(9, repair.mileage()).setParameter(10, repair.problemCodes().toArray(String[]::new))
                .setParameter(11, repair.seriousSafetyFault())
                .setParameter(12, repair.majorPart() == null ? null : repair.majorPart().name())
                .setParameter(13, repair.transportDays())
                .executeUpdate();
    }

    /** Records a dealer's repair order, or its latest state: one row per dealer and repair order number. */
    public void recordRepairOrder(String network, Repair repair, String vin) {
        em.createNativeQuery("""
                        INSERT INTO three_guarantees_repair (network_code, vin, dealer_code, source, reference, opened_at, closed_at,
                            mileage, problem_codes, serious_safety, major_part, transport_days, counts)
                        VALUES (?1, ?2, ?3, 'REPAIR_ORDER', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, true)
                        ON CONFLICT (network_code, dealer_code, source, reference) DO UPDATE SET vin = excluded.vin,
                            opened_at = excluded.opened_at, closed_at = excluded.closed_at, mileage = excluded.mileage,
                            problem_codes = excluded.problem_codes, serious_safety = excluded.serious_safety,
                            major_part = excluded.major_part, transport_days = excluded.transport_days""")
                .setParameter(1, network).setParameter(2, vin).setParameter(3, repair.dealer()).setParameter(4, repair.reference())
                .setParameter(5, Timestamp.from(repair.openedAt()))
                .setParameter(6, repair.closedAt() == null ? null : Timestamp.from(repair.closedAt()))
                .setParameter(7, repair.mileage()).setParameter(8, repair.problemCodes().toArray(String[]::new))
                .setParameter(9, repair.seriousSafetyFault())
                .setParameter(10, repair.majorPart() == null ? null : repair.majorPart().name())
                .setParameter(11, repair.transportDays())
                .executeUpdate();
    }

    /** A rejected claim stops counting; returns its VIN and network if it was recorded. */
    public List<Object[]> discountClaim(UUID claimId) {
        return em.createNativeQuery("""
                        UPDATE three_guarantees_repair SET counts = false WHERE claim_id = ?1 RETURNING network_code, vin, dealer_code""")
                .setParameter(1, claimId).getResultList().stream().map(Object[].class::cast).toList();
    }

    public List<Repair> of(String network, String vin) {
        List<?> rows = em.createNativeQuery("""
                        SELECT source, dealer_code, reference, repair_order, opened_at, closed_at, mileage, problem_codes,
                               serious_safety, major_part, transport_days
                        FROM three_guarantees_repair WHERE network_code = ?1 AND vin = ?2 AND counts""")
                .setParameter(1, network).setParameter(2, vin).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Repair(RepairSource.valueOf((String) r[0]), (String) r[1],
                (String) r[2], (String) r[3], Dates.instant(r[4]), r[5] == null ? null : Dates.instant(r[5]),
                ((Number) r[6]).longValue(), Set.of((String[]) r[7]), (Boolean) r[8],
                r[9] == null ? null : MajorPart.valueOf((String) r[9]), ((Number) r[10]).intValue())).toList();
    }
}
