package com.dealerhub.platform.complaints;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Complaint lists within the caller's reach, newest first, each with its next due clock. */
@TenantService
public class ComplaintList {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    /** One row: the complaint, and its running clock due soonest (none once nothing runs). */
    public record Item(UUID id, String number, String state, String dealer, String subject, String category,
                       String faultCategory, boolean emergency, boolean media, Instant recordedAt,
                       String nextClock, Instant nextDueAt, boolean breached) {
    }

    public record Page(List<Item> items, long total, int page, int size) {
    }

    public Page page(ComplaintState state, String dealer, int page, int size) {
        Caller caller = CurrentCaller.require();
        List<String> reachable = dealers.codesReachedBy(caller);
        if (dealer != null) {
            reachable = reachable.contains(dealer) ? List.of(dealer) : List.of();
        }
        if (reachable.isEmpty()) {
            return new Page(List.of(), 0, page, size);
        }
        String where = " WHERE c.network_code = :network AND c.dealer_code = ANY (:dealers) AND c.type = 'COMPLAINT'"
                + (state == null ? "" : " AND c.state = :state");
        var rows = em.createNativeQuery("""
                        SELECT c.id, c.number, c.state, c.dealer_code, c.subject, k.category, k.fault_category, k.emergency,
                               k.media, k.recorded_at, next.clock, next.due_at,
                               EXISTS (SELECT 1 FROM case_deadline b WHERE b.case_id = c.id AND (b.breached_at IS NOT NULL
                                       OR (b.stopped_at IS NOT NULL AND b.stopped_at > b.due_at)))
                        FROM service_case c JOIN complaint k ON k.id = c.id
                        LEFT JOIN LATERAL dealerhub_next_deadline(c.id) next ON true""" + where
                        + " ORDER BY c.created_at DESC, c.id LIMIT :limit OFFSET :offset");
        var count = em.createNativeQuery("SELECT count(*) FROM service_case c" + where);
        for (var q : List.of(rows, count)) {
            q.setParameter("network", caller.network()).setParameter("dealers", reachable.toArray(String[]::new));
            if (state != null) {
                q.setParameter("state", state.name());
            }
        }
        rows.setParameter("limit", size).setParameter("offset", page * size);
        List<Item> items = ((List<?>) rows.getResultList()).stream().map(r -> (Object[]) r).map(r -> new Item(
                (UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (Boolean) r[7], (Boolean) r[8], NativeValues.instant(r[9]), (String) r[10], NativeValues.instant(r[11]), (Boolean) r[12])).toList();
        return new Page(items, ((Number) count.getSingleResult()).longValue(), page, size);
    }
}
