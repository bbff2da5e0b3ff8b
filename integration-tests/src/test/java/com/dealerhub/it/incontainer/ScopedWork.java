package com.dealerhub.it.incontainer;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.function.Function;

/**
 * Work in one transaction of the platform's persistence unit, as a {@link TenantService} runs it:
 * Hibernate's tenant is the caller's dealer (or the root tenant), and the database scope is the
 * caller's, set by the platform's own interceptor.
 */
@TenantService
public class ScopedWork {

    @PersistenceContext
    EntityManager em;

    /** Runs the work as the caller, in a transaction of its own. */
    public static <T> T as(ScopedWork scopedWork, Caller caller, Function<EntityManager, T> work) {
        return CurrentCaller.runAs(caller, () -> scopedWork.run(work));
    }

    public <T> T run(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
