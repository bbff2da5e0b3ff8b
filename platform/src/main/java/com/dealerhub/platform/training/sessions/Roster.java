package com.dealerhub.platform.training.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The roster questions sessions ask, read in the caller's transaction: who works at a dealer today. */
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

    /** A person working at a dealer today, in a role, as an enrolment offers them. */
    public record Member(UUID person, String staffNumber, String name, String role) {
    }

    /** The dealer's people today, without those already seated in the session. */
    public List<Member> withoutSeatIn(UUID session, String dealer, LocalDate today) {
        List<?> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (p.id) p.id, p.staff_number, p.name, e.role
                        FROM roster_entry e JOIN person p ON p.id = e.person_id
                        WHERE e.dealer_code = ?1 AND e.hired_on <= ?2 AND (e.left_on IS NULL OR e.left_on >= ?2)
                          AND NOT EXISTS (SELECT 1 FROM session_seat s WHERE s.session_id = ?3 AND s.person_id = p.id)
                        ORDER BY p.id, e.in_role_since DESC""")
                .setParameter(1, dealer).setParameter(2, today).setParameter(3, session).getResultList();
        return rows.stream().map(r -> {
            Object[] row = (Object[]) r;
            return new Member((UUID) row[0], (String) row[1], (String) row[2], (String) row[3]);
        }).sorted(java.util.Comparator.comparing(Member::name).thenComparing(Member::staffNumber)).toList();
    }
}
