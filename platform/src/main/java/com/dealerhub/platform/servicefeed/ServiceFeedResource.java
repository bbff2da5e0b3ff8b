package com.dealerhub.platform.servicefeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dealers' service-process feed: snapshots of DMS records, sent in idempotent batches (ADR 0018). */
@ApplicationScoped
@Path("/service-feed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceFeedResource {

    @Inject
    ServiceFeed feed;

    @POST
    @Path("/batches")
    @Tag(name = "dms")
    @Operation(operationId = "sendServiceFeedBatch", summary = "Send a batch of service-process events from the dealer's DMS",
            description = "1 to 1000 events (appointments, repair orders, follow-up calls, complaints, roadside rescues), "
                    + "each judged on its own: good ones are kept, bad ones refused naming the field (events[i].field) "
                    + "with a stable code. The same key with the same content again is UNCHANGED; with other content "
                    + "REFUSED with KEY_REUSED. A record keeps its latest snapshot by occurredAt.")
    @APIResponse(responseCode = "200", description = "What became of each event (ACCEPTED, UNCHANGED or REFUSED with its errors), with the counts")
    @APIResponse(responseCode = "403", description = "The caller is not a dealer administrator or service advisor")
    public FeedBatchResult send(@Valid @NotNull FeedBatch batch) {
        return feed.receive(batch.events());
    }
}
