package com.dealerhub.platform.parts.audits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Parts targets per dealer: every dealer within reach reads its own; the parts department sets them. */
@ApplicationScoped
@Path("/parts/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartsTargetsResource {

    @Inject
    PartsTargets targets;

    /** Every dealer within reach with its targets. */
    @GET
    public List<TargetView> targets() {
        return targets.list();
    }

    @PUT
    @Path("/{dealer}")
    public TargetView setTarget(@PathParam("dealer") String dealer, @Valid @NotNull AuditRequests.Target target) {
        return targets.set(dealer, target);
    }
}
