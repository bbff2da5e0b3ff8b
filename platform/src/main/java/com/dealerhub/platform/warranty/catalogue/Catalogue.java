package com.dealerhub.platform.warranty.catalogue;

import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.WarrantyTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Reads a network's catalogue (models, labor operations, parts) within the current transaction. */
@ApplicationScoped
public class Catalogue {

    public record CataloguePart(String number, BigDecimal unitPrice, boolean special) {
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

    public Optional<CataloguePart> part(String network, String number) {
        return first(em.createNativeQuery("SELECT number, unit_price, special FROM part WHERE network_code = ?1 AND number = ?2")
                .setParameter(1, network).setParameter(2, number).getResultList())
                .map(row -> new CataloguePart((String) row[0], (BigDecimal) row[1], (Boolean) row[2]));
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
