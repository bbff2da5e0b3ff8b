package com.dealerhub.platform.complaints;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import com.dealerhub.common.export.CsvWriter;
import com.dealerhub.common.export.ExportRequest;
import com.dealerhub.common.export.Exports;
import com.dealerhub.common.export.XlsxWriter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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

/** Customer complaints: CAC records and dispatches, the dealer works and closes, CAC calls back. */
@ApplicationScoped
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    @Inject
    Complaints complaints;

    @Inject
    ComplaintList list;

    @Inject
    CallbackCoverage coverage;

    @POST
    @APIResponse(responseCode = "201", description = "The complaint, recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    public Response record(@Valid @NotNull NewComplaint complaint) {
        return Response.status(Response.Status.CREATED).entity(complaints.record(complaint)).build();
    }

    /** The complaints within the caller's reach, newest first. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "a page of complaints; with format=csv|xlsx every matching complaint as a file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintList.Page.class)))
    public Response list(@QueryParam("state") String state, @QueryParam("dealer") String dealer,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                         @BeanParam ExportRequest export) {
        ComplaintState typedState = QueryParameters.enumValue("state", state, ComplaintState.class);
        String typedDealer = QueryParameters.code("dealer", dealer);
        if (export.wanted()) {
            export.requireFormat();
            long total = list.page(typedState, typedDealer, 0, 1).total();
            Exports.requireWithinLimit(total, "state");
            return export.answer(ComplaintTable.of(list.page(typedState, typedDealer, 0, (int) Math.max(1, total)).items()));
        }
        return Response.ok(list.page(typedState, typedDealer, page, size)).build();
    }

    /** Penalties recorded against dealers (false closures, repeated complaints), newest first. */
    @GET
    @Path("/penalties")
    public List<PenaltyView> penalties(@QueryParam("dealer") String dealer) {
        return complaints.penalties(QueryParameters.code("dealer", dealer));
    }

    /** Of the complaints closed in the period, how many CAC called back (target 100 %), and the false closures found. */
    @GET
    @Path("/callback-coverage")
    public CallbackCoverage.Coverage callbackCoverage(@QueryParam("dealer") String dealer, @QueryParam("from") String from,
                                                      @QueryParam("to") String to) {
        return coverage.of(QueryParameters.code("dealer", dealer), QueryParameters.date("from", from), QueryParameters.date("to", to));
    }

    @GET
    @Path("/{id}")
    public ComplaintView get(@PathParam("id") UUID id) {
        return complaints.get(id);
    }

    /** CAC flags a recorded or open complaint as an emergency; its clocks take the emergency policies, keeping elapsed time. */
    @POST
    @Path("/{id}/emergency")
    public ComplaintView flagEmergency(@PathParam("id") UUID id, @Valid @NotNull NewComplaint.Emergency details) {
        return complaints.flagEmergency(id, details);
    }

    @POST
    @Path("/{id}/dispatch")
    public ComplaintView dispatch(@PathParam("id") UUID id) {
        return complaints.dispatch(id);
    }

    @POST
    @Path("/{id}/contact")
    public ComplaintView contact(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequests.Note contact) {
        return complaints.contact(id, contact);
    }

    @POST
    @Path("/{id}/progress")
    public ComplaintView progress(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequests.Note progress) {
        return complaints.reportProgress(id, progress);
    }

    @POST
    @Path("/{id}/customer-update")
    public ComplaintView customerUpdate(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequests.Note update) {
        return complaints.updateCustomer(id, update);
    }

    /** The dealer or the regional manager replies to CAC on an open complaint. */
    @POST
    @Path("/{id}/reply")
    public ComplaintView reply(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequests.Note reply) {
        return complaints.reply(id, reply);
    }

    @POST
    @Path("/{id}/delay")
    public ComplaintView delay(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequests.Delay delay) {
        return complaints.fileDelay(id, delay);
    }

    @POST
    @Path("/{id}/close")
    public ComplaintView close(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequests.Closure closure) {
        return complaints.close(id, closure);
    }

    @POST
    @Path("/{id}/callback")
    public ComplaintView callBack(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequests.Callback callback) {
        return complaints.callBack(id, callback);
    }
}
