package com.dealerhub.platform.accountrequests;

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
@Path("/account-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountRequestResource {

    @Inject
    AccountRequests requests;

    /** Drafts a request (dealer admin); attach files to its case, then submit it. */
    @POST
    @APIResponse(responseCode = "201", description = "The account request, drafted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountRequestView.class)))
    public Response draft(@Valid @NotNull NewAccountRequest request) {
        return Response.status(Response.Status.CREATED).entity(requests.draft(request)).build();
    }

    /** The requests in a state within the caller's reach, oldest first (e.g. CONFIRMED: the back office's batch view). */
    @GET
    public List<AccountRequestView> inState(@QueryParam("state") String state) {
        AccountRequestState wanted = QueryParameters.enumValue("state", state, AccountRequestState.class);
        return requests.inState(wanted == null ? AccountRequestState.SUBMITTED : wanted);
    }

    @GET
    @Path("/{id}")
    public AccountRequestView get(@PathParam("id") UUID id) {
        return requests.get(id);
    }

    @POST
    @Path("/{id}/submit")
    public AccountRequestView submit(@PathParam("id") UUID id) {
        return requests.submit(id);
    }

    @POST
    @Path("/{id}/confirm")
    public AccountRequestView confirm(@PathParam("id") UUID id, @Valid ReviewRequest review) {
        return requests.confirm(id, review);
    }

    @POST
    @Path("/{id}/return")
    public AccountRequestView returnForCorrection(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest review) {
        return requests.returnForCorrection(id, review);
    }

    @POST
    @Path("/{id}/reject")
    public AccountRequestView reject(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest review) {
        return requests.reject(id, review);
    }

    @POST
    @Path("/batches")
    public List<AccountRequestView> batch(@Valid @NotNull BatchRequest batch) {
        return requests.batch(batch);
    }

    @POST
    @Path("/{id}/process")
    public AccountRequestView process(@PathParam("id") UUID id, @Valid ReviewRequest review) {
        return requests.process(id, review);
    }
}
