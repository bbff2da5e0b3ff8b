package com.dealerhub.platform.training.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.UUID;

/** The one roster question sessions ask, read in the caller's transaction: does a person work at a dealer today. */
@ApplicationScoped
public class Roster {

    @PersistenceContext
    EntityManager em;

    public boolean worksAt(UUID person, String dealer, LocalDate today) {
        return !em.createNativeQuery("""
                        SELECT 1 FROM roster_entry
                        WHERE person_id = ?1 AND dealer_code = ?2 AND hired_on <= ?3 AND (left_on IS NULL OR left_on >= ?3)""")
                .setParameter(1, person).setParameter(2, dealer).setParameter(3, today)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
