package com.dealerhub.platform.training.sessions;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * Training sessions: scheduled by the training department; dealers enrol their people into training
 * courses and cancel before the start; the training department records attendance afterwards.
 */
@ApplicationScoped
@Path("/training/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingSessionsResource {

    @Inject
    TrainingSessions sessions;

    @POST
    @APIResponse(responseCode = "201", description = "The session, scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response create(@Valid @NotNull SessionRequests.Create request) {
        return Response.status(Response.Status.CREATED).entity(sessions.create(request)).build();
    }

    /** Sessions with their seats taken and free: {@code when=UPCOMING} (soonest first) or {@code PAST} (latest first), by kind or programme. */
    @GET
    public List<SessionView> list(@QueryParam("when") String when, @QueryParam("kind") String kind,
                                  @QueryParam("programme") String programme) {
        return sessions.list(QueryParameters.enumValue("when", when, TrainingSessions.When.class),
                QueryParameters.enumValue("kind", kind, SessionKind.class), QueryParameters.code("programme", programme));
    }

    /** A session with the seats the caller may see. */
    @GET
    @Path("/{id}")
    public SessionView get(@PathParam("id") UUID id) {
        return sessions.get(id);
    }

    /** The caller's people who may still be enrolled (a dealer's admin). */
    @GET
    @Path("/{id}/enrolable")
    public List<Roster.Member> enrolable(@PathParam("id") UUID id) {
        return sessions.enrolable(id);
    }

    @POST
    @Path("/{id}/seats")
    public SessionView enrol(@PathParam("id") UUID id, @Valid @NotNull SessionRequests.Enrolment enrolment) {
        return sessions.enrol(id, enrolment);
    }

    @DELETE
    @Path("/{id}/seats/{person}")
    @APIResponse(responseCode = "204", description = "The seat is cancelled")
    public Response cancel(@PathParam("id") UUID id, @PathParam("person") UUID person) {
        sessions.cancel(id, person);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/attendance")
    public SessionView recordAttendance(@PathParam("id") UUID id, @Valid @NotNull SessionRequests.Attendance attendance) {
        return sessions.recordAttendance(id, attendance);
    }
}
