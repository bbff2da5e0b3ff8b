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
import java.util.Map;
import java.util.UUID;

/** Training and certification notices: published by the training department, read by everyone in the network. */
@ApplicationScoped
@Path("/training/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @Inject
    Notices notices;

    @POST
    @APIResponse(responseCode = "201", description = "The notice, published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    public Response publish(@Valid @NotNull NoticeRequest request) {
        return Response.status(Response.Status.CREATED).entity(notices.publish(request)).build();
    }

    /** The network's notices, newest first (at most 200), each saying whether the caller has read it. */
    @GET
    public List<NoticeView> list(@QueryParam("kind") String kind) {
        return notices.list(QueryParameters.enumValue("kind", kind, NoticeKind.class));
    }

    /** How many notices the caller has not opened: {"unread": n}. */
    @GET
    @Path("/unread")
    public Map<String, Long> unread() {
        return notices.unread();
    }

    @GET
    @Path("/{id}")
    public NoticeView get(@PathParam("id") UUID id) {
        return notices.get(id);
    }

    @POST
    @Path("/{id}/read")
    public NoticeView markRead(@PathParam("id") UUID id) {
        return notices.markRead(id);
    }
}
