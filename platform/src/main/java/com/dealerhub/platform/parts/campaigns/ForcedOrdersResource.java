package com.dealerhub.platform.parts.campaigns;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The forced orders a campaign push opened: listed, read, and received by the dealer. */
@ApplicationScoped
@Path("/parts/forced-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForcedOrdersResource {

    @Inject
    ForcedOrders orders;

    /** The forced orders within reach, newest first (at most 200). */
    @GET
    public List<ForcedOrderView> list(@QueryParam("state") String state, @QueryParam("campaign") String campaign) {
        return orders.list(QueryParameters.enumValue("state", state, ForcedOrderState.class),
                campaign == null ? null : QueryParameters.code("campaign", campaign));
    }

    @GET
    @Path("/{id}")
    public ForcedOrderView get(@PathParam("id") UUID id) {
        return orders.get(id);
    }

    @POST
    @Path("/{id}/receive")
    public ForcedOrderView receive(@PathParam("id") UUID id, @Valid PushRequests.Receive request) {
        return orders.receive(id, request);
    }
}
