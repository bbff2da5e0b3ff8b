package com.dealerhub.platform.parts.orders;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.dealerhub.common.web.QueryParameters;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Parts orders: placed by the dealer's parts staff or DMS (idempotently), shipped by the parts department, received by the dealer. */
@ApplicationScoped
@Path("/parts/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartsOrdersResource {

    @Inject
    PartsOrders orders;

    /** 201 with the new order; 200 with the first order when a DMS resends the same order under the same key. */
    @POST
    @APIResponse(responseCode = "201", description = "The order, placed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = "The order first placed under the same idempotency key and body (a DMS retry)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    public Response place(@Valid @NotNull OrderRequests.Place request) {
        PartsOrders.Placed placed = orders.place(request);
        return Response.status(placed.created() ? Response.Status.CREATED : Response.Status.OK).entity(placed.order()).build();
    }

    @GET
    public List<OrderView> list(@QueryParam("state") String state, @QueryParam("kind") String kind,
                                @QueryParam("dealer") String dealer) {
        return orders.list(QueryParameters.enumValue("state", state, OrderState.class),
                QueryParameters.enumValue("kind", kind, OrderKind.class), dealer);
    }

    @GET
    @Path("/{id}")
    public OrderView get(@PathParam("id") UUID id) {
        return orders.get(id);
    }

    @POST
    @Path("/{id}/cancel")
    public OrderView cancel(@PathParam("id") UUID id, @Valid OrderRequests.Cancel request) {
        return orders.cancel(id, request);
    }

    @POST
    @Path("/{id}/ship")
    public OrderView ship(@PathParam("id") UUID id) {
        return orders.ship(id);
    }

    @POST
    @Path("/{id}/receive")
    public OrderView receive(@PathParam("id") UUID id, @Valid OrderRequests.Receive request) {
        return orders.receive(id, request);
    }
}
