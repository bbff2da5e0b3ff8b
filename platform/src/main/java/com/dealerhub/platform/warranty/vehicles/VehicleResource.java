package com.dealerhub.platform.warranty.vehicles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@ApplicationScoped
@Path("/warranty/vehicles")
@Produces(MediaType.APPLICATION_JSON)
public class VehicleResource {

    @Inject
    VehicleRecord vehicles;

    /** The vehicle's model, sale date, warranty end and claimed repairs within the caller's network. */
    /** Head office corrects the vehicle's registered model or sale date; the change is audited. */
    @PUT
    @Path("/{vin}")
    @Consumes(MediaType.APPLICATION_JSON)
    public VehicleRecord.View correct(@PathParam("vin") String vin, @NotNull @Valid VehicleRecord.Correction correction) {
        return vehicles.correct(vin, correction);
    }

    @GET
    @Path("/{vin}")
    public VehicleRecord.View get(@PathParam("vin") String vin) {
        return vehicles.of(vin);
    }
}
