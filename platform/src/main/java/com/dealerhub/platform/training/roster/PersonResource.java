package com.dealerhub.platform.training.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** A person of the network, as far as the caller reaches them through rosters. */
@ApplicationScoped
@Path("/training/people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    People people;

    @GET
    @Path("/{id}")
    public PersonView get(@PathParam("id") UUID id) {
        return people.get(id);
    }
}
