package com.dealerhub.platform.parts.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Forced allocation of a campaign's parts: the parts per vehicle, a preview (nothing stored) and the commit. */
@ApplicationScoped
@Path("/parts/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignPushResource {

    @Inject
    CampaignPushes pushes;

    @GET
    @Path("/{code}/parts")
    public List<PushPlan.Part> parts(@PathParam("code") String code) {
        return pushes.parts(code);
    }

    @PUT
    @Path("/{code}/parts")
    public List<PushPlan.Part> setPerVehicle(@PathParam("code") String code, @Valid @NotNull PushRequests.PerVehicle request) {
        return pushes.setPerVehicle(code, request);
    }

    /** What a push would send now, per dealer and part (a simulation: nothing is stored). */
    @GET
    @Path("/{code}/push")
    public PushView preview(@PathParam("code") String code) {
        return pushes.preview(code);
    }

    @POST
    @Path("/{code}/push")
    public PushView push(@PathParam("code") String code) {
        return pushes.push(code);
    }

}
