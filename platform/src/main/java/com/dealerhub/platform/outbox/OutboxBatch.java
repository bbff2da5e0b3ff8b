package com.dealerhub.platform.outbox;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.tenancy.DatabaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One relay step in one transaction: lock a batch of unpublished rows (rows locked by another
 * instance are skipped, so several WildFly instances relay safely side by side), hand them to
 * the publisher, and mark them published only if it returned normally.
 */
@ApplicationScoped
public class OutboxBatch {

    static final int SIZE = 500;

    public record Message(long id, UUID caseId, String payload) {
    }

    @PersistenceContext
    EntityManager em;

    /** Returns how many rows were published. */
    @Transactional
    public int publishNext(Consumer<List<Message>> publisher) {
        return CurrentCaller.runAs(Caller.system(), () -> {
            DatabaseScope.apply(em, Caller.system());
            List<?> rows = em.createNativeQuery("""
                            SELECT id, aggregate_id, payload::text FROM outbox
                            WHERE published_at IS NULL ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                    .setParameter(1, SIZE)
                    .getResultList();
            List<Message> batch = rows.stream().map(Object[].class::cast)
                    .map(row -> new Message(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2]))
                    .toList();
            if (batch.isEmpty()) {
                return 0;
            }
            publisher.accept(batch);
            em.createNativeQuery("UPDATE outbox SET published_at = now() WHERE id = ANY (?1)")
                    .setParameter(1, batch.stream().map(Message::id).toArray(Long[]::new))
                    .executeUpdate();
            return batch.size();
        });
    }
}
