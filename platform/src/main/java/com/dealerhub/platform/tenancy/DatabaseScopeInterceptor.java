package com.dealerhub.platform.tenancy;

import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.tenancy.DatabaseScope;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Runs inside the transaction opened by {@code @Transactional} (whose priority is lower). */
@DatabaseScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class DatabaseScopeInterceptor {

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    Object applyScope(InvocationContext invocation) throws Exception {
        DatabaseScope.apply(em, CurrentCaller.require());
        return invocation.proceed();
    }
}
