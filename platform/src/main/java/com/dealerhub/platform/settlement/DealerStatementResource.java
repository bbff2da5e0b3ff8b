package com.dealerhub.platform.settlement;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@ApplicationScoped
@Path("/warranty/statements")
@Produces(MediaType.APPLICATION_JSON)
public class DealerStatementResource {

    @Inject
    DealerStatements statements;

    /** The caller's own dealer's statement, or (OEM users) that of a dealer within reach. */
    @GET
    public DealerStatements.Statement statement(@QueryParam("dealer") String dealer, @QueryParam("from") String from,
                                                @QueryParam("to") String to) {
        return statements.of(dealer, QueryParameters.date("from", from), QueryParameters.date("to", to));
    }
}
