package com.dealerhub.reporting.indexing;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.AccessTokenClaims;
import com.dealerhub.common.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.sql.SQLException;

@ApplicationScoped
@Path("/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

    @Inject
    Reindexer reindexer;

    /** Rebuilds the search index from PostgreSQL; for the platform operator. */
    @POST
    public Reindexer.Result reindex() throws IOException, SQLException {
        if (!CurrentCaller.require().hasRole(AccessTokenClaims.PLATFORM_ADMIN_ROLE)) {
            throw new Forbidden("only the platform operator may rebuild the index");
        }
        return reindexer.reindex();
    }
}
