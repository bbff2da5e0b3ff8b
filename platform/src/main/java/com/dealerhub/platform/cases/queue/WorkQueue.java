package com.dealerhub.platform.cases.queue;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.security.RestrictedCaseTypes;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.DeclaredWorkflow;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One work queue over every case type: the cases within the caller's reach in a state where a
 * step of their type's workflow table waits for the caller (its role, its side, the approval step
 * the case waits for), earliest running deadline first, then the oldest. The tables decide, so a
 * new type appears here by declaring its workflow ({@link DeclaredWorkflow}).
 */
@TenantService
public class WorkQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Instance<DeclaredWorkflow> workflows;

    @Inject
    Clock clock;

    public QueuePage waitingFor(int page, int size) {
        Caller caller = CurrentCaller.require();
        Map<CaseType, DeclaredWorkflow> byType = new EnumMap<>(CaseType.class);
        workflows.forEach(w -> w.types().forEach(type -> byType.put(type, w)));
        Set<String> hidden = RestrictedCaseTypes.hiddenFrom(caller);
        List<String> waiting = byType.entrySet().stream()
                .filter(e -> !hidden.contains(e.getKey().name()))
                .flatMap(e -> e.getValue().table().statesWaitingFor(caller).stream().map(state -> e.getKey().name() + ":" + state))
                .toList();
        List<String> reachable = dealers.codesReachedBy(caller);
        if (waiting.isEmpty() || reachable.isEmpty()) {
            return new QueuePage(List.of(), 0, page, size);
        }
        String where = " WHERE c.network_code = :network AND c.dealer_code = ANY (:dealers) AND (c.type || ':' || c.state) = ANY (:waiting)";
        var rows = em.createNativeQuery("""
                SELECT c.id, c.number, c.type, c.state, c.dealer_code, c.subject, c.created_at, next.clock, next.due_at
                FROM service_case c
                LEFT JOIN LATERAL dealerhub_next_deadline(c.id) next ON true""" + where
                + " ORDER BY next.due_at NULLS LAST, c.created_at, c.id LIMIT :limit OFFSET :offset");
        var count = em.createNativeQuery("SELECT count(*) FROM service_case c" + where);
        for (var q : List.of(rows, count)) {
            q.setParameter("network", caller.network()).setParameter("dealers", reachable.toArray(String[]::new))
                    .setParameter("waiting", waiting.toArray(String[]::new));
        }
        rows.setParameter("limit", size).setParameter("offset", page * size);
        Instant now = clock.instant();
        List<QueuePage.Item> items = ((List<?>) rows.getResultList()).stream().map(Object[].class::cast).map(r -> {
            CaseType type = CaseType.valueOf((String) r[2]);
            Instant due = NativeValues.instant(r[8]);
            Long left = due == null ? null : Duration.between(now, due).toSeconds();
            return new QueuePage.Item((UUID) r[0], (String) r[1], type, (String) r[3], (String) r[4], (String) r[5],
                    NativeValues.instant(r[6]), (String) r[7], due, left, left != null && left < 0,
                    byType.get(type).table().allowedActionNames((String) r[3], caller));
        }).toList();
        return new QueuePage(items, ((Number) count.getSingleResult()).longValue(), page, size);
    }
}
