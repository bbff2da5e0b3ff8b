package com.dealerhub.tenantadmin.users;

import com.dealerhub.common.security.CurrentCaller;
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

import java.sql.SQLException;
import java.util.List;

@ApplicationScoped
@Path("/dealers/{dealer}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealerUserResource {

    @Inject
    DealerUsers users;

    @GET
    public List<DealerUserView> list(@PathParam("dealer") String dealer) {
        return users.list(CurrentCaller.require(), dealer);
    }

    @POST
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealerUserView.class)))
    public Response create(@PathParam("dealer") String dealer, @Valid @NotNull NewUserRequest request) throws SQLException {
        return Response.status(Response.Status.CREATED).entity(users.create(CurrentCaller.require(), dealer, request)).build();
    }

    @GET
    @Path("/{user}")
    public DealerUserView get(@PathParam("dealer") String dealer, @PathParam("user") String user) {
        return users.get(CurrentCaller.require(), dealer, user);
    }

    @POST
    @Path("/{user}/disable")
    public DealerUserView disable(@PathParam("dealer") String dealer, @PathParam("user") String user) throws SQLException {
        return users.setEnabled(CurrentCaller.require(), dealer, user, false);
    }

    @POST
    @Path("/{user}/enable")
    public DealerUserView enable(@PathParam("dealer") String dealer, @PathParam("user") String user) throws SQLException {
        return users.setEnabled(CurrentCaller.require(), dealer, user, true);
    }

    @POST
    @Path("/{user}/password")
    public DealerUserView resetPassword(@PathParam("dealer") String dealer, @PathParam("user") String user,
                                        @Valid @NotNull PasswordResetRequest request) throws SQLException {
        return users.resetPassword(CurrentCaller.require(), dealer, user, request);
    }
}
