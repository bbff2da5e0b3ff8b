package com.dealerhub.platform.servicefeed;

import com.dealerhub.platform.servicefeed.events.FeedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The feed's tables, in the caller's transaction and row-level security scope. Written with
 * {@code ON CONFLICT}, so that the same key or record sent by two batches at once is decided by
 * the unique keys, not by a read before the write.
 */
@ApplicationScoped
public class FeedStore {

    /** What happened to an event's key. */
    public enum Logged { NEW, SAME_CONTENT, OTHER_CONTENT }

    public record LoggedEvent(Logged outcome, Long id) {
    }

    @PersistenceContext
    EntityManager em;

    /** Appends the event to the log, unless its key is there already: then says whether with the same content. */
    public LoggedEvent log(String network, String dealer, FeedEvent event, Instant receivedAt) {
        List<?> inserted = em.createNativeQuery("""
                        INSERT INTO feed_event (network_code, dealer_code, key, kind, number, occurred_at, payload, received_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb), ?8)
                        ON CONFLICT (dealer_code, key) DO NOTHING RETURNING id""")
                .setParameter(1, network).setParameter(2, dealer).setParameter(3, event.key())
                .setParameter(4, event.kind().name()).setParameter(5, event.number())
                .setParameter(6, Timestamp.from(event.occurredAt())).setParameter(7, event.payload().toString())
                .setParameter(8, Timestamp.from(receivedAt))
                .getResultList();
        if (!inserted.isEmpty()) {
            return new LoggedEvent(Logged.NEW, ((Number) inserted.getFirst()).longValue());
        }
        boolean same = (Boolean) em.createNativeQuery(
                        "SELECT payload = CAST(?1 AS jsonb) FROM feed_event WHERE dealer_code = ?2 AND key = ?3")
                .setParameter(1, event.payload().toString()).setParameter(2, dealer).setParameter(3, event.key())
                .getSingleResult();
        return new LoggedEvent(same ? Logged.SAME_CONTENT : Logged.OTHER_CONTENT, null);
    }

    /**
     * Makes the event the record's snapshot if it is newer than the one held (at the same time,
     * if it says something else); returns the record's id when the record changed.
     */
    public Optional<UUID> applySnapshot(String network, String dealer, FeedEvent event, long eventId, JsonObject document,
                                        Instant now) {
        List<?> changed = em.createNativeQuery("""
                        INSERT INTO feed_record AS r (id, network_code, dealer_code, kind, number, occurred_at, event_id,
                                                      version, document, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, CAST(?8 AS jsonb), ?9)
                        ON CONFLICT (dealer_code, kind, number) DO UPDATE
                            SET occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id, version = r.version + 1,
                                document = EXCLUDED.document, updated_at = EXCLUDED.updated_at
                            WHERE r.occurred_at < EXCLUDED.occurred_at
                               OR (r.occurred_at = EXCLUDED.occurred_at AND r.document <> EXCLUDED.document)
                        RETURNING id""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, network).setParameter(3, dealer)
                .setParameter(4, event.kind().name()).setParameter(5, event.number())
                .setParameter(6, Timestamp.from(event.occurredAt())).setParameter(7, eventId)
                .setParameter(8, document.toString()).setParameter(9, Timestamp.from(now))
                .getResultList();
        return changed.stream().findFirst().map(id -> (UUID) id);
    }
}
