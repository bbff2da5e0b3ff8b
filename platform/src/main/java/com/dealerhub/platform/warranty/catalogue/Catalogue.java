package com.dealerhub.platform.warranty.catalogue;

import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.WarrantyTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** Reads a network's catalogue (models, labor operations, parts) within the current transaction. */
@ApplicationScoped
public class Catalogue {

    public record CataloguePart(String number, BigDecimal unitPrice, boolean special) {
    }

    /** A labor operation's requirement: done by a technician certified in the programme at the level or higher. */
    public record CertificationRequired(String operation, String programme, int level) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<WarrantyTerms> warrantyTerms(String network, String model) {
        return first(em.createNativeQuery("SELECT warranty_months, warranty_km FROM vehicle_model WHERE network_code = ?1 AND code = ?2")
                .setParameter(1, network).setParameter(2, model).getResultList())
                .map(row -> new WarrantyTerms(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
    }

    public Optional<BigDecimal> flatRateHours(String network, String operation) {
        return first(em.createNativeQuery("SELECT flat_rate_hours, code FROM labor_operation WHERE network_code = ?1 AND code = ?2")
                .setParameter(1, network).setParameter(2, operation).getResultList())
                .map(row -> (BigDecimal) row[0]);
    }

    /** The labor operations among these that require a certificate, with what they require. */
    public List<CertificationRequired> certificationRequired(String network, List<String> operations) {
        List<?> rows = em.createNativeQuery("""
                        SELECT code, required_programme, required_level FROM labor_operation
                        WHERE network_code = ?1 AND code = ANY (?2) AND required_programme IS NOT NULL ORDER BY code""")
                .setParameter(1, network).setParameter(2, operations.toArray(String[]::new)).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new CertificationRequired((String) row[0], (String) row[1], ((Number) row[2]).intValue())).toList();
    }

    public Optional<CataloguePart> part(String network, String number) {
        return first(em.createNativeQuery("SELECT number, unit_price, special FROM part WHERE network_code = ?1 AND number = ?2")
                .setParameter(1, network).setParameter(2, number).getResultList())
                .map(row -> new CataloguePart((String) row[0], (BigDecimal) row[1], (Boolean) row[2]));
    }

    /** The parts among the numbers that the catalogue flags as a major part (engine, transmission...), with their group. */
    public Map<String, String> majorPartGroups(String network, List<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT number, major_part_group FROM part
                        WHERE network_code = ?1 AND number = ANY (?2) AND major_part_group IS NOT NULL""")
                .setParameter(1, network).setParameter(2, numbers.toArray(String[]::new)).getResultList();
        return rows.stream().map(Object[].class::cast).collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /** What the OEM pays the dealer per warranty labor hour. */
    public BigDecimal laborRate(String dealer) {
        return (BigDecimal) em.createNativeQuery("SELECT labor_rate FROM dealer WHERE code = ?1").setParameter(1, dealer).getSingleResult();
    }

    public boolean vinCheckDigit(String network) {
        List<?> rows = em.createNativeQuery("SELECT vin_check_digit FROM network_policy WHERE network_code = ?1")
                .setParameter(1, network).getResultList();
        return rows.isEmpty() || (Boolean) rows.getFirst();
    }

    private static Optional<Object[]> first(List<?> rows) {
        return rows.stream().map(Object[].class::cast).findFirst();
    }
}
