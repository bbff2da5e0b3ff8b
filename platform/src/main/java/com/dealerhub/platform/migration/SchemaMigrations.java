package com.dealerhub.platform.migration;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date when the platform is deployed, as the schema owner
 * (the application role owns nothing). The other WARs wait for the schema through their
 * readiness checks.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/DealerHubOwnerDS")
    DataSource owner;

    /** Runs first when the application starts, before anything that uses the schema. */
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started) {
        List<String> locations = locations();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(owner)
                .locations(locations.toArray(String[]::new))
                // Extra migrations (demo data) are numbered above the application's; a schema
                // migration released after them must still apply to a database that has them.
                .outOfOrder(locations.size() > 1)
                .placeholders(Map.of(
                        "app_role", role("DEALERHUB_DB_USER", "dealerhub_app"),
                        "worker_role", role("DEALERHUB_DB_WORKER_USER", "dealerhub_worker")))
                // Migrations move data across every tenant: the owner's sessions see all rows
                // (the owner is a member of dealerhub_system, which the policies trust; see V7).
                .initSql("SELECT set_config('dealerhub.scope', 'SYSTEM', false)")
                .load()
                .migrate();
        LOG.info("schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations run)");
    }

    /**
     * The application's migrations, plus any listed in DEALERHUB_DB_EXTRA_MIGRATIONS
     * (comma-separated Flyway locations; the local stack adds its demo data this way).
     */
    static List<String> locations() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        Arrays.stream(System.getenv().getOrDefault("DEALERHUB_DB_EXTRA_MIGRATIONS", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).forEach(locations::add);
        return locations;
    }

    /**
     * A role the migrations grant to, named by an environment variable: DEALERHUB_DB_USER (the
     * application role, serving requests) or DEALERHUB_DB_WORKER_USER (the worker role, background work).
     */
    static String role(String variable, String fallback) {
        String role = System.getenv().getOrDefault(variable, fallback);
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException(variable + " must be a plain lower-case role name: " + role);
        }
        return role;
    }
}
