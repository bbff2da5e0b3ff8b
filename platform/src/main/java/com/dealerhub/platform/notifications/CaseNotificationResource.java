package com.dealerhub.platform.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** A case's notifications with their delivery status, for whoever may read the case. */
@ApplicationScoped
@Path("/cases/{case}/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class CaseNotificationResource {

    @Inject
    NotificationQueries queries;

    @GET
    public List<NotificationViews.CaseNotification> list(@PathParam("case") UUID caseId) {
        return queries.ofCase(caseId);
    }
}
