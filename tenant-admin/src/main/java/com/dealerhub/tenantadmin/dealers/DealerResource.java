package com.dealerhub.tenantadmin.dealers;

import com.dealerhub.common.security.CurrentCaller;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.sql.SQLException;
import java.util.List;

@ApplicationScoped
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealerResource {

    @Inject
    DealerDirectory directory;

    @Inject
    DealerAdministration administration;

    @GET
    @Path("regions")
    public List<RegionView> regions() throws SQLException {
        return directory.regions(CurrentCaller.require());
    }

    @GET
    @Path("dealers")
    public List<DealerView> dealers(@QueryParam("region") String region) throws SQLException {
        return directory.dealers(CurrentCaller.require(), QueryParameters.code("region", region));
    }

    @GET
    @Path("dealers/{code}")
    public DealerView dealer(@PathParam("code") String code) throws SQLException {
        return directory.dealer(CurrentCaller.require(), code);
    }

    @POST
    @Path("regions")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionView.class)))
    public Response createRegion(@Valid @NotNull NewRegionRequest request) throws SQLException {
        return Response.status(Response.Status.CREATED).entity(administration.createRegion(CurrentCaller.require(), request)).build();
    }

    @POST
    @Path("dealers")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealerView.class)))
    public Response createDealer(@Valid @NotNull NewDealerRequest request) throws SQLException {
        return Response.status(Response.Status.CREATED).entity(administration.createDealer(CurrentCaller.require(), request)).build();
    }

    @PUT
    @Path("dealers/{code}/region")
    public DealerView move(@PathParam("code") String code, @Valid @NotNull MoveDealerRequest request) throws SQLException {
        return administration.move(CurrentCaller.require(), code, request);
    }

    /** Suspends the dealer: its users are refused at once. */
    @PUT
    @Path("dealers/{code}/suspension")
    public DealerView suspend(@PathParam("code") String code) throws SQLException {
        return administration.setActive(CurrentCaller.require(), code, false);
    }

    @DELETE
    @Path("dealers/{code}/suspension")
    public DealerView reactivate(@PathParam("code") String code) throws SQLException {
        return administration.setActive(CurrentCaller.require(), code, true);
    }
}
