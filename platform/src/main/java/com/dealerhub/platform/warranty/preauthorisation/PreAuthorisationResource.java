package com.dealerhub.platform.warranty.preauthorisation;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("/pre-authorisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreAuthorisationResource {

    @Inject
    PreAuthorisations preAuthorisations;

    /** A dealer asks the TAC to authorise a special or assembly part of one vehicle. */
    @POST
    @APIResponse(responseCode = "201", description = "The pre-authorisation request, sent to the TAC",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreAuthorisationView.class)))
    public Response request(@Valid @NotNull PreAuthorisationRequest request) {
        return Response.status(Response.Status.CREATED).entity(preAuthorisations.request(request)).build();
    }

    /** Requests in a state (default REQUESTED: the TAC's queue) within the caller's reach, oldest first. */
    @GET
    public List<PreAuthorisationView> inState(@QueryParam("state") String state) {
        PreAuthorisation.State wanted = QueryParameters.enumValue("state", state, PreAuthorisation.State.class);
        return preAuthorisations.inState(wanted == null ? PreAuthorisation.State.REQUESTED : wanted);
    }

    @GET
    @Path("/{id}")
    public PreAuthorisationView get(@PathParam("id") UUID id) {
        return preAuthorisations.get(id);
    }

    @POST
    @Path("/{id}/grant")
    public PreAuthorisationView grant(@PathParam("id") UUID id, @Valid @NotNull TacDecision decision) {
        return preAuthorisations.grant(id, decision);
    }

    @POST
    @Path("/{id}/refuse")
    public PreAuthorisationView refuse(@PathParam("id") UUID id, @Valid @NotNull TacDecision decision) {
        return preAuthorisations.refuse(id, decision);
    }
}
