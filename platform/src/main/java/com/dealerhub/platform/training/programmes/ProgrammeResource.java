package com.dealerhub.platform.training.programmes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The network's certification programmes and levels, with their validity, renewal window and prerequisites. */
@Path("/training/programmes")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ProgrammeResource {

    @jakarta.inject.Inject
    Programmes programmes;

    @jakarta.inject.Inject
    ProgrammeAdministration administration;

    @GET
    public List<ProgrammeLevel> list() {
        return programmes.ofCallersNetwork();
    }

    /** The training department changes a level's validity, renewal window and prerequisites. */
    @PUT
    @Path("/{programme}/levels/{level}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeLevel change(@PathParam("programme") String programme, @PathParam("level") int level,
                                 @Valid @NotNull LevelChange change) {
        return administration.change(programme, level, change);
    }
}
