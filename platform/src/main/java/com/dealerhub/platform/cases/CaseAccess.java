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

    private boolean reaches(Caller caller, ServiceCase c) {
        return dealers.find(c.dealerCode())
                .map(d -> caller.reaches(d.code(), d.network(), d.region()))
                .orElse(false);
    }
}
