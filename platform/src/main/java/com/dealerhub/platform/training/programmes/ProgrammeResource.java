package com.dealerhub.platform.training.programmes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
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

    @GET
    public List<ProgrammeLevel> list() {
        return programmes.ofCallersNetwork();
    }
}
