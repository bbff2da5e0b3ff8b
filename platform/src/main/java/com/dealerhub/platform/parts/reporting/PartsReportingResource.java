package com.dealerhub.platform.parts.reporting;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Parts fill rate and allocation shortfall per dealer and region, within the caller's reach. */
@ApplicationScoped
@Path("/parts/reporting")
@Produces(MediaType.APPLICATION_JSON)
public class PartsReportingResource {

    @Inject
    PartsFillRates fillRates;

    @GET
    @Path("/fill-rate")
    public FillRateReport fillRate(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("region") String region) {
        return fillRates.report(QueryParameters.date("from", from), QueryParameters.date("to", to),
                region == null ? null : QueryParameters.code("region", region));
    }
}
