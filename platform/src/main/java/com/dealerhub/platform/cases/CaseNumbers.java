package com.dealerhub.platform.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneOffset;

/** Case numbers: type prefix, year, and a sequence shared by all cases, e.g. WC-2026-0000042. */
@ApplicationScoped
public class CaseNumbers {

    @PersistenceContext
    EntityManager em;

    public String next(CaseType type, Instant now) {
        long sequence = ((Number) em.createNativeQuery("SELECT nextval('case_number_seq')").getSingleResult()).longValue();
        return "%s-%d-%07d".formatted(type.numberPrefix(), now.atZone(ZoneOffset.UTC).getYear(), sequence);
    }
}
