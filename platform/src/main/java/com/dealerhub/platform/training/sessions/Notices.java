package com.dealerhub.platform.training.sessions;

import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Training and certification notices: the training department publishes them, everyone in the network
 * reads them. A notice is no case, so it does not go through the case notifications (which belong to
 * a case): each user sees the notices they have not opened yet counted as unread.
 */
@TenantService
public class Notices {

    private static final String COLUMNS = """
            SELECT n.id, n.kind, n.title, n.body, n.programme_code, n.level, n.published_by, n.published_at,
                   EXISTS (SELECT 1 FROM training_notice_read r WHERE r.notice_id = n.id AND r.username = :username)
            FROM training_notice n""";

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingCatalogue catalogue;

    @Inject
    Clock clock;

    public NoticeView publish(NoticeRequest request) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireTrainingDepartment(caller, "publishes notices");
        return get(publishAs(caller, request));
    }

    /** Publishes a notice in the caller's transaction (the training department's), returning its id. */
    UUID publishAs(Caller caller, NoticeRequest request) {
        if (request.level() != null && request.programme() == null) {
            throw new InvalidField("programme", "required with a level");
        }
        if (request.programme() != null && !catalogue.programmeExists(caller.network(), request.programme())) {
            throw new InvalidField("programme", "no such programme in your network");
        }
        if (request.level() != null && !catalogue.levelExists(caller.network(), request.programme(), request.level())) {
            throw new InvalidField("level", "no such level of " + request.programme());
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO training_notice (id, network_code, kind, title, body, programme_code, level, published_by,
                                                     published_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, id).setParameter(2, caller.network()).setParameter(3, request.kind().name())
                .setParameter(4, request.title().strip()).setParameter(5, request.body().strip())
                .setParameter(6, request.programme()).setParameter(7, request.level())
                .setParameter(8, caller.username()).setParameter(9, clock.instant())
                .executeUpdate();
        return id;
    }

    /** The network's notices, newest first (at most 200), optionally of one kind. */
    public List<NoticeView> list(NoticeKind kind) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireNetwork(caller);
        var query = em.createNativeQuery(COLUMNS + " WHERE n.network_code = :network"
                        + (kind == null ? "" : " AND n.kind = :kind") + " ORDER BY n.published_at DESC, n.id")
                .setParameter("username", caller.username()).setParameter("network", caller.network());
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        return query.setMaxResults(200).getResultList().stream().map(row -> view((Object[]) row)).toList();
    }

    public NoticeView get(UUID id) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireNetwork(caller);
        List<?> rows = em.createNativeQuery(COLUMNS + " WHERE n.id = :id AND n.network_code = :network")
                .setParameter("username", caller.username()).setParameter("id", id)
                .setParameter("network", caller.network()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("notice", id);
        }
        return view((Object[]) rows.getFirst());
    }

    /** The caller opened a notice: it no longer counts as unread for them. */
    public NoticeView markRead(UUID id) {
        Caller caller = CurrentCaller.require();
        get(id);
        em.createNativeQuery("""
                        INSERT INTO training_notice_read (notice_id, network_code, username, read_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, id).setParameter(2, caller.network()).setParameter(3, caller.username())
                .setParameter(4, clock.instant()).executeUpdate();
        return get(id);
    }

    /** How many of the network's notices the caller has not opened. */
    public Map<String, Long> unread() {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireNetwork(caller);
        long unread = ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM training_notice n
                        WHERE n.network_code = ?1
                          AND NOT EXISTS (SELECT 1 FROM training_notice_read r WHERE r.notice_id = n.id AND r.username = ?2)""")
                .setParameter(1, caller.network()).setParameter(2, caller.username()).getSingleResult()).longValue();
        return Map.of("unread", unread);
    }

    private static NoticeView view(Object[] row) {
        return new NoticeView((UUID) row[0], NoticeKind.valueOf((String) row[1]), (String) row[2], (String) row[3],
                (String) row[4], row[5] == null ? null : ((Number) row[5]).intValue(), (String) row[6],
                NativeValues.instant(row[7]), (Boolean) row[8]);
    }
}
