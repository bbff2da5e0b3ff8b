package com.dealerhub.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service drawing the transaction boundary of a use case: every public method runs in a
 * transaction under the caller's row-level security scope.
 */
@Stereotype
@ApplicationScoped
@Transactional
@DatabaseScoped
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantService {
}
