package com.dealerhub.platform.cases;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

@ApplicationScoped
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseService cases;

    @POST
    @APIResponse(responseCode = "201", description = "The case, opened (its address in Location)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response open(@Valid @NotNull OpenCaseRequest request, @Context UriInfo uri) {
        CaseView opened = cases.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.id().toString()).build()).entity(opened).build();
    }

    @GET
    @Path("/{id}")
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id);
    }

    @GET
    public CasePage list(@QueryParam("state") String state, @QueryParam("type") String type,
                         @QueryParam("dealer") String dealer,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return cases.list(QueryParameters.enumValue("state", state, CaseState.class),
                QueryParameters.enumValue("type", type, CaseType.class), QueryParameters.code("dealer", dealer), page, size);
    }

    @POST
    @Path("/{id}/transitions")
    public CaseView transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        return cases.transition(id, request);
    }
}
