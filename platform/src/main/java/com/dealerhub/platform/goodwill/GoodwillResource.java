package com.dealerhub.platform.goodwill;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.dealerhub.common.export.CsvWriter;
import com.dealerhub.common.export.ExportRequest;
import com.dealerhub.common.export.XlsxWriter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/** Goodwill claims: opened by the FMC from a complaint, submitted by the dealer, confirmed by the FMC, paid by CAC. */
@ApplicationScoped
@Path("/goodwill")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoodwillResource {

    @Inject
    Goodwill goodwill;

    @POST
    @APIResponse(responseCode = "201", description = "The goodwill claim, opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoodwillView.class)))
    public Response open(@Valid @NotNull GoodwillRequests.Open request) {
        return Response.status(Response.Status.CREATED).entity(goodwill.open(request)).build();
    }

    /** The goodwill claims within reach, newest first (at most 200). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "the goodwill claims; with format=csv|xlsx every one in the state as a file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GoodwillView.class)))
    public Response list(@QueryParam("state") String state, @BeanParam ExportRequest export) {
        GoodwillState typedState = QueryParameters.enumValue("state", state, GoodwillState.class);
        if (export.wanted()) {
            export.requireFormat();
            return export.answer(goodwill.export(typedState));
        }
        return Response.ok(goodwill.list(typedState)).build();
    }

    @GET
    @Path("/{id}")
    public GoodwillView get(@PathParam("id") UUID id) {
        return goodwill.get(id);
    }

    @POST
    @Path("/{id}/submit")
    public GoodwillView submit(@PathParam("id") UUID id, @Valid @NotNull GoodwillRequests.Submit submission) {
        return goodwill.submit(id, submission);
    }

    @POST
    @Path("/{id}/confirm")
    public GoodwillView confirm(@PathParam("id") UUID id, @Valid GoodwillRequests.Review review) {
        return goodwill.confirm(id, review);
    }

    @POST
    @Path("/{id}/return")
    public GoodwillView returnForCorrection(@PathParam("id") UUID id, @Valid @NotNull GoodwillRequests.Review review) {
        return goodwill.returnForCorrection(id, review);
    }

    @POST
    @Path("/{id}/reject")
    public GoodwillView reject(@PathParam("id") UUID id, @Valid @NotNull GoodwillRequests.Review review) {
        return goodwill.reject(id, review);
    }

    @POST
    @Path("/{id}/pay")
    public GoodwillView pay(@PathParam("id") UUID id, @Valid @NotNull GoodwillRequests.Payment payment) {
        return goodwill.pay(id, payment);
    }
}
