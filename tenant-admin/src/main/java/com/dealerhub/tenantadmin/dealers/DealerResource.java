package com.dealerhub.tenantadmin.dealers;

import com.dealerhub.common.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.sql.SQLException;
import java.util.List;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DealerResource {

    @Inject
    DealerDirectory directory;

    @GET
    @Path("regions")
    public List<RegionView> regions() throws SQLException {
        return directory.regions(CurrentCaller.require());
    }

    @GET
    @Path("dealers")
    public List<DealerView> dealers(@QueryParam("region") String region) throws SQLException {
        return directory.dealers(CurrentCaller.require(), region);
    }

    @GET
    @Path("dealers/{code}")
    public DealerView dealer(@PathParam("code") String code) throws SQLException {
        return directory.dealer(CurrentCaller.require(), code);
    }
}
