package com.dealerhub.tenantadmin.me;

import com.dealerhub.common.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the caller is, as the server understood its token: what a console shows in its header. */
@ApplicationScoped
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @GET
    public MeView me() {
        return MeView.of(CurrentCaller.require());
    }
}
