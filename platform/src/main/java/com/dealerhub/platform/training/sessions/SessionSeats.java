package com.dealerhub.platform.training.sessions;

import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Seats in training sessions, within the caller's transaction: taken up to the session's capacity, released, attended. */
@ApplicationScoped
public class SessionSeats {

    /** The session a seat is taken in, as an invitation names it. */
    public record SessionSummary(UUID id, String kind, String title, Instant startsAt, String place, String programme,
                                 Integer level) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Takes a seat for a person, refusing (409 on {@code field}) when the session is full, is not of the
     * kind and programme level expected, or has already started.
     */
    public SessionSummary reserve(String field, UUID session, String expectedKind, String programme, Integer level,
                                  UUID person, String network, String dealer, UUID application, Instant now) {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, kind, title, starts_at, place, programme_code, level, seats, seats_taken
                        FROM training_session WHERE id = ?1 AND network_code = ?2 FOR UPDATE""")
                .setParameter(1, session).setParameter(2, network).getResultList();
        if (rows.isEmpty()) {
            throw new InvalidField(field, "no such session in your network");
        }
        Object[] row = (Object[]) rows.getFirst();
        SessionSummary summary = new SessionSummary((UUID) row[0], (String) row[1], (String) row[2],
                NativeValues.instant(row[3]), (String) row[4], (String) row[5],
                row[6] == null ? null : ((Number) row[6]).intValue());
        if (!summary.kind().equals(expectedKind)
                || (programme != null && !(programme.equals(summary.programme()) && level.equals(summary.level())))) {
            throw new InvalidField(field, "the session is not a " + expectedKind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (programme == null ? "" : " of " + programme + " level " + level));
        }
        if (!summary.startsAt().isAfter(now)) {
            throw new Conflict(field, "the session has already started");
        }
        // Counted over every dealer's seats (a trigger keeps seats_taken): the caller's scope sees only its own dealer's.
        if (new SeatCount(((Number) row[7]).intValue(), ((Number) row[8]).intValue()).full()) {
            throw new Conflict(field, "the session is full");
        }
        int inserted = em.createNativeQuery("""
                        INSERT INTO session_seat (session_id, person_id, network_code, dealer_code, application_id, reserved_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING""")
                .setParameter(1, session).setParameter(2, person).setParameter(3, network).setParameter(4, dealer)
                .setParameter(5, application).setParameter(6, now).executeUpdate();
        if (inserted == 0) {
            throw new Conflict(field, "this person already has a seat in the session");
        }
        return summary;
    }

    public void release(UUID session, UUID person) {
        em.createNativeQuery("DELETE FROM session_seat WHERE session_id = ?1 AND person_id = ?2")
                .setParameter(1, session).setParameter(2, person).executeUpdate();
    }

    public void recordAttendance(UUID session, UUID person, boolean attended) {
        em.createNativeQuery("UPDATE session_seat SET attended = ?3 WHERE session_id = ?1 AND person_id = ?2")
                .setParameter(1, session).setParameter(2, person).setParameter(3, attended).executeUpdate();
    }
}
