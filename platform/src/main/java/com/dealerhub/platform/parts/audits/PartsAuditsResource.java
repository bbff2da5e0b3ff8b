package com.dealerhub.platform.parts.audits;

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

/** Parts audits of dealers, with their findings tracked to closure. */
@ApplicationScoped
@Path("/parts/audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartsAuditsResource {

    @Inject
    PartsAudits audits;

    @POST
    @APIResponse(responseCode = "201", description = "The audit, recorded with its findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditView.class)))
    public Response record(@Valid @NotNull AuditRequests.Audit audit) {
        return Response.status(Response.Status.CREATED).entity(audits.record(audit)).build();
    }

    /** The audits within reach, newest first (at most 200), optionally of one dealer. */
    @GET
    public List<AuditView> list(@QueryParam("dealer") String dealer) {
        return audits.list(dealer == null ? null : QueryParameters.code("dealer", dealer));
    }

    @GET
    @Path("/{id}")
    public AuditView get(@PathParam("id") UUID id) {
        return audits.get(id);
    }

    @POST
    @Path("/findings/{id}/respond")
    public AuditView respond(@PathParam("id") UUID id, @Valid @NotNull AuditRequests.Note note) {
        return audits.act(id, FindingAction.RESPOND, note);
    }

    @POST
    @Path("/findings/{id}/return")
    public AuditView returnFinding(@PathParam("id") UUID id, @Valid @NotNull AuditRequests.Note note) {
        return audits.act(id, FindingAction.RETURN, note);
    }

    @POST
    @Path("/findings/{id}/close")
    public AuditView close(@PathParam("id") UUID id, @Valid AuditRequests.Note note) {
        return audits.act(id, FindingAction.CLOSE, note);
    }
}
