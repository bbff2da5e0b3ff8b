package com.dealerhub.it.incontainer;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.tenancy.DatabaseScope;
import com.dealerhub.common.tenancy.ScopedJdbc;
import com.dealerhub.platform.cases.CaseState;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.TimelineEntry;
import com.dealerhub.platform.cases.workflow.Move;
import com.dealerhub.platform.tenancy.DatabaseScopeInterceptor;
import com.dealerhub.platform.tenancy.DatabaseScoped;
import com.dealerhub.platform.tenancy.DealerOwned;
import com.dealerhub.platform.tenancy.DealerTenantResolver;
import com.dealerhub.platform.tenancy.TenantService;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * Micro-deployments for the in-container tests: a WAR with the test class, the platform's
 * persistence unit (its datasource {@code java:jboss/datasources/DealerHubDS} and tenant
 * resolver), the case entities and the tenancy classes of {@code common} and {@code platform},
 * deployed by Arquillian to the test stack's running WildFly beside the platform's own WARs.
 */
final class MicroDeployments {

    private MicroDeployments() {
    }

    /** The case entities under both tenancy walls, with a scoped and an unscoped unit of work. */
    static WebArchive tenancy(String name, Class<?> testClass) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(testClass, ScopedWork.class, UnscopedWork.class)
                .addClasses(Caller.class, CallerScope.class, CurrentCaller.class, DatabaseScope.class, ScopedJdbc.class)
                .addClasses(DealerOwned.class, DealerTenantResolver.class, TenantService.class, DatabaseScoped.class,
                        DatabaseScopeInterceptor.class)
                .addClasses(ServiceCase.class, TimelineEntry.class, CaseType.class, CaseState.class, Move.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibrary(jarOf(Assertions.class));
    }

    /** The jar a library class was loaded from, e.g. AssertJ for assertions inside the container. */
    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
