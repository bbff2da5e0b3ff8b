package com.dealerhub.platform.cases.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What waits for the caller across every case type, earliest deadline first. */
@ApplicationScoped
@Path("/queue")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    @Inject
    WorkQueue queue;

    @GET
    public QueuePage waitingForMe(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queue.waitingFor(page, size);
    }
}
