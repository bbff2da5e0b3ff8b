package com.dealerhub.platform.training.certificates;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Certification coverage per dealer and per region, within the caller's reach. */
@ApplicationScoped
@Path("/training/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    @Inject
    Coverage coverage;

    @GET
    public CoverageReport report(@QueryParam("programme") String programme, @QueryParam("region") String region) {
        return coverage.report(QueryParameters.code("programme", programme), QueryParameters.code("region", region));
    }
}
