package com.dealerhub.platform.parts.allocation;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Allocation under shortage: simulate (nothing written), run (committed), read past runs and their per-line explanations. */
@ApplicationScoped
@Path("/parts/allocation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    Allocations allocations;

    @POST
    @Path("/simulations")
    public RunView simulate(@Valid @NotNull RunRequest request) {
        return allocations.simulate(request.warehouse());
    }

    @POST
    @Path("/runs")
    @APIResponse(responseCode = "201", description = "The committed run, with every line's result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    public Response run(@Valid @NotNull RunRequest request) {
        return Response.status(Response.Status.CREATED).entity(allocations.run(request.warehouse())).build();
    }

    @GET
    @Path("/runs")
    public List<RunView> runs(@QueryParam("warehouse") String warehouse) {
        return allocations.runs(warehouse);
    }

    @GET
    @Path("/runs/{id}")
    public RunView get(@PathParam("id") UUID id) {
        return allocations.get(id);
    }
}
