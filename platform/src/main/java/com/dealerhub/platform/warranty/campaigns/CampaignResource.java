package com.dealerhub.platform.warranty.campaigns;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

@ApplicationScoped
@Path("/warranty/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    Campaigns campaigns;

    /** Head office publishes a campaign; its VINs follow with {@code POST /{code}/vehicles}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The campaign, published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response publish(@Valid @NotNull CampaignRequest request) {
        return Response.status(Response.Status.CREATED).entity(campaigns.publish(request)).build();
    }

    @GET
    public List<CampaignView> list() {
        return campaigns.list();
    }

    @GET
    @Path("/{code}")
    public CampaignView get(@PathParam("code") String code) {
        return campaigns.get(code);
    }

    /** Adds the campaign's eligible VINs: plain text, one VIN per line; VINs already listed are skipped. */
    @POST
    @Path("/{code}/vehicles")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv"})
    public Campaigns.ImportResult importVehicles(@PathParam("code") String code, String vins) {
        return campaigns.importVehicles(code, vins);
    }
}
