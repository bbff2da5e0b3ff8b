package com.dealerhub.platform.training.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people certification reads: a person on a dealer's roster today, and the holder named on an application. */
@ApplicationScoped
public class Applicants {

    /** A person as certification names them, with their console username if they have one. */
    public record Applicant(UUID id, String staffNumber, String name, String username) {
    }

    private static final String SELECT = "SELECT p.id, p.staff_number, p.name, p.username FROM person p ";

    @PersistenceContext
    EntityManager em;

    /** The person, when they are on the dealer's roster today (any role). */
    public Optional<Applicant> onRoster(UUID person, String dealer, LocalDate today) {
        return first(em.createNativeQuery(SELECT + """
                        WHERE p.id = ?1 AND EXISTS (SELECT 1 FROM roster_entry r WHERE r.person_id = p.id AND r.dealer_code = ?2
                                                      AND r.in_role_since <= ?3 AND (r.left_on IS NULL OR r.left_on >= ?3))""")
                .setParameter(1, person).setParameter(2, dealer).setParameter(3, today));
    }

    /** The person named on an application the caller already reaches. */
    public Applicant of(UUID person) {
        return first(em.createNativeQuery(SELECT + " WHERE p.id = ?1").setParameter(1, person))
                .orElseThrow(() -> new IllegalStateException("no person " + person));
    }

    private static Optional<Applicant> first(jakarta.persistence.Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Applicant((UUID) r[0], (String) r[1], (String) r[2], (String) r[3])).findFirst();
    }
}
