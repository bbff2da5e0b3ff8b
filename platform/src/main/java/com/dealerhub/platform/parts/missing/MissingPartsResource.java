package com.dealerhub.platform.parts.missing;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.dealerhub.common.web.QueryParameters;
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

/** Missing-part requests: asked by a dealer, confirmed with a delivery date or declined by the parts department, received. */
@ApplicationScoped
@Path("/parts/missing-parts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MissingPartsResource {

    @Inject
    MissingParts missing;

    @POST
    @APIResponse(responseCode = "201", description = "The request, submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MissingPartView.class)))
    public Response submit(@Valid @NotNull MissingPartRequests.Submit request) {
        return Response.status(Response.Status.CREATED).entity(missing.submit(request)).build();
    }

    /** The requests within reach, newest first (at most 200). */
    @GET
    public List<MissingPartView> list(@QueryParam("state") String state) {
        return missing.list(QueryParameters.enumValue("state", state, MissingPartState.class));
    }

    @GET
    @Path("/{id}")
    public MissingPartView get(@PathParam("id") UUID id) {
        return missing.get(id);
    }

    @POST
    @Path("/{id}/confirm")
    public MissingPartView confirm(@PathParam("id") UUID id, @Valid @NotNull MissingPartRequests.Confirm confirmation) {
        return missing.confirm(id, confirmation);
    }

    @POST
    @Path("/{id}/decline")
    public MissingPartView decline(@PathParam("id") UUID id, @Valid @NotNull MissingPartRequests.Reason decision) {
        return missing.decline(id, decision);
    }

    @POST
    @Path("/{id}/receive")
    public MissingPartView receive(@PathParam("id") UUID id) {
        return missing.receive(id);
    }

    @POST
    @Path("/{id}/withdraw")
    public MissingPartView withdraw(@PathParam("id") UUID id, @Valid MissingPartRequests.Reason decision) {
        return missing.withdraw(id, decision);
    }
}
