package com.dealerhub.platform.training.certification;

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

/**
 * Certification applications and registrations: applied for by the dealer admin; checked, invited,
 * attended and decided by the training department.
 */
@ApplicationScoped
@Path("/training/certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationResource {

    @Inject
    Certification certification;

    @POST
    @APIResponse(responseCode = "201", description = "The application, opened: its number, state, prerequisites and the actions allowed now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificationView.class)))
    public Response apply(@Valid @NotNull CertificationRequests.Apply request) {
        return Response.status(Response.Status.CREATED).entity(certification.apply(request)).build();
    }

    /** The applications within reach, newest first (at most 200), without prerequisites and timeline. */
    @GET
    public List<CertificationView> list(@QueryParam("state") String state, @QueryParam("programme") String programme) {
        return certification.list(QueryParameters.enumValue("state", state, CertificationState.class),
                programme == null || programme.isBlank() ? null : programme.strip());
    }

    @GET
    @Path("/{id}")
    public CertificationView get(@PathParam("id") UUID id) {
        return certification.get(id);
    }

    @POST
    @Path("/{id}/check")
    public CertificationView check(@PathParam("id") UUID id) {
        return certification.check(id);
    }

    @POST
    @Path("/{id}/reject")
    public CertificationView reject(@PathParam("id") UUID id, @Valid @NotNull CertificationRequests.Reason reason) {
        return certification.reject(id, reason);
    }

    @POST
    @Path("/{id}/withdraw")
    public CertificationView withdraw(@PathParam("id") UUID id, @Valid @NotNull CertificationRequests.Reason reason) {
        return certification.withdraw(id, reason);
    }

    @POST
    @Path("/{id}/exam-invitation")
    public CertificationView inviteToExam(@PathParam("id") UUID id, @Valid @NotNull CertificationRequests.Invitation invitation) {
        return certification.inviteToExam(id, invitation);
    }

    @POST
    @Path("/{id}/exam-result")
    public CertificationView examResult(@PathParam("id") UUID id, @Valid @NotNull CertificationRequests.Result result) {
        return certification.examResult(id, result);
    }

    @POST
    @Path("/{id}/invitation")
    public CertificationView invite(@PathParam("id") UUID id, @Valid @NotNull CertificationRequests.Invitation invitation) {
        return certification.invite(id, invitation);
    }

    @POST
    @Path("/{id}/attendance")
    public CertificationView attendance(@PathParam("id") UUID id, @Valid @NotNull CertificationRequests.Attendance attendance) {
        return certification.attendance(id, attendance);
    }

    @POST
    @Path("/{id}/result")
    public CertificationView result(@PathParam("id") UUID id, @Valid @NotNull CertificationRequests.Result result) {
        return certification.result(id, result);
    }
}
