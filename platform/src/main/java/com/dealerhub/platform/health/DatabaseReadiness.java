package com.dealerhub.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL is reachable as both roles: the application role serving requests, and the worker
 * role of the background work (a wrong worker password would otherwise only stop the outbox relay).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/DealerHubWorkerDS")
    DataSource worker;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("postgresql").up();
        check(response, "requests", dataSource);
        check(response, "background", worker);
        return response.build();
    }

    private static void check(HealthCheckResponseBuilder response, String use, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                response.down().withData(use, "connection not valid");
            }
        } catch (SQLException e) {
            response.down().withData(use, e.getMessage());
        }
    }
}
