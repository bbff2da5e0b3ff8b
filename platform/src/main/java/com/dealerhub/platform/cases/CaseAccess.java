package com.dealerhub.platform.cases;

import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.security.RestrictedCaseTypes;
import com.dealerhub.platform.tenancy.Dealers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds a case within the current caller's reach; anything else is "not found", so ids cannot be
 * probed. A case within reach of a type the caller's role may not read ({@link RestrictedCaseTypes})
 * is forbidden.
 */
@ApplicationScoped
public class CaseAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    public ServiceCase load(UUID id) {
        Caller caller = CurrentCaller.require();
        ServiceCase found = em.find(ServiceCase.class, id);
        if (found == null || !reaches(caller, found)) {
            throw new NotFound("case", id);
        }
        RestrictedCaseTypes.requireMayRead(caller, found.type().name());
        return found;
    }

    /** The part of a case its type adds (an account request, a claim...), within the caller's reach; else "not found". */
    public <T> T loadPart(Class<T> type, UUID id, String name) {
        load(id);
        T part = em.find(type, id);
        if (part == null) {
            throw new NotFound(name, id);
        }
        return part;
    }

    /**
     * The parts of a type within the caller's reach, newest case first, at most {@code limit}: in a
     * state (null: any), and with each given attribute of the part equal to its value (a null value:
     * not filtered). Attribute names come from code, never from a request.
     */
    public <T extends CasePart> List<T> partsWithinReach(Class<T> type, String state, Map<String, ?> equal, int limit) {
        Caller caller = CurrentCaller.require();
        List<String> reachable = dealers.codesReachedBy(caller);
        if (reachable.isEmpty()) {
            return List.of();
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        equal.forEach((attribute, value) -> {
            if (value != null) {
                filters.put(attribute, value);
            }
        });
        StringBuilder jpql = new StringBuilder("SELECT p FROM " + type.getSimpleName() + " p JOIN p.serviceCase c"
                + " WHERE p.networkCode = :network AND p.dealerCode IN :dealers AND (:state IS NULL OR c.state = :state)");
        filters.keySet().forEach(attribute -> jpql.append(" AND p.").append(attribute).append(" = :").append(attribute));
        // Each part comes with its case in the same query, not one query per row (exports read thousands).
        var withCase = em.createEntityGraph(type);
        withCase.addAttributeNodes("serviceCase");
        TypedQuery<T> query = em.createQuery(jpql.append(" ORDER BY c.createdAt DESC").toString(), type)
                .setHint("jakarta.persistence.loadgraph", withCase)
                .setParameter("network", caller.network()).setParameter("dealers", reachable).setParameter("state", state);
        filters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private boolean reaches(Caller caller, ServiceCase c) {
        return dealers.find(c.dealerCode())
                .map(d -> caller.reaches(d.code(), d.network(), d.region()))
                .orElse(false);
    }
}
