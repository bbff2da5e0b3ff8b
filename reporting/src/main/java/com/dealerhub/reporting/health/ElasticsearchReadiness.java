package com.dealerhub.reporting.health;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import com.dealerhub.reporting.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        try {
            HealthStatus status = index.client().cluster().health().status();
            return HealthCheckResponse.named("elasticsearch").status(status != HealthStatus.Red)
                    .withData("status", status.jsonValue()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("elasticsearch").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
