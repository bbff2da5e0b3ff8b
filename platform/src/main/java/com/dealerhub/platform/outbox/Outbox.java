package com.dealerhub.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/**
 * Records a change of a case for publication, in the caller's transaction: the change and
 * its event commit or roll back together, so nothing accepted is ever lost. The event carries
 * the whole case as indexed (views {@code case_changed_event} and {@code case_document}), so consumers need no read-back.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    /** Flushes the change first, so that the document shows it. */
    public void recordChangeOf(UUID caseId) {
        record("case_changed_event", caseId);
    }

    /** A record of the dealers' service-process feed changed (views {@code feed_record_changed_event} and {@code feed_document}). */
    public void recordFeedChangeOf(UUID recordId) {
        record("feed_record_changed_event", recordId);
    }

    private void record(String eventView, UUID id) {
        em.flush();
        int rows = em.createNativeQuery("""
                        INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
                        SELECT id, version, network_code, dealer_code, payload
                        FROM %s WHERE id = ?1""".formatted(eventView))
                .setParameter(1, id)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException(eventView + " of " + id + " not visible for its outbox event");
        }
    }
}
