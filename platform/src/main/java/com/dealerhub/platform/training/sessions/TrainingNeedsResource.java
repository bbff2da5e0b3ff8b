package com.dealerhub.platform.training.sessions;

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

/** Training needs: submitted by a dealer, answered with a notice or declined by the training department. */
@ApplicationScoped
@Path("/training/needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingNeedsResource {

    @Inject
    TrainingNeeds needs;

    @POST
    @APIResponse(responseCode = "201", description = "The training need, submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedView.class)))
    public Response submit(@Valid @NotNull NeedRequests.Submit request) {
        return Response.status(Response.Status.CREATED).entity(needs.submit(request)).build();
    }

    /** The needs within reach, newest first (at most 200). */
    @GET
    public List<NeedView> list(@QueryParam("state") String state) {
        return needs.list(QueryParameters.enumValue("state", state, NeedState.class));
    }

    @GET
    @Path("/{id}")
    public NeedView get(@PathParam("id") UUID id) {
        return needs.get(id);
    }

    @POST
    @Path("/{id}/answer")
    public NeedView answer(@PathParam("id") UUID id, @Valid @NotNull NeedRequests.Answer answer) {
        return needs.answer(id, answer);
    }

    @POST
    @Path("/{id}/decline")
    public NeedView decline(@PathParam("id") UUID id, @Valid @NotNull NeedRequests.Reason decision) {
        return needs.decline(id, decision);
    }

    @POST
    @Path("/{id}/withdraw")
    public NeedView withdraw(@PathParam("id") UUID id, @Valid NeedRequests.Reason decision) {
        return needs.withdraw(id, decision);
    }
}
