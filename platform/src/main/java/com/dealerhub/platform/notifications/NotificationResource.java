package com.dealerhub.platform.notifications;

import com.dealerhub.common.problem.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's inbox, the local SMS gateway's messages, and the contacts head office keeps. */
@ApplicationScoped
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    public record ContactsRequest(@NotNull @Size(max = 5000) List<@NotNull @Valid ContactRequest> contacts) {
    }

    public record ContactRequest(@Size(max = 40) String dealer, @Size(max = 40) String region, Duty duty,
                                 @Size(max = 100) String name, @Size(max = 100) String username, @Size(max = 200) String email,
                                 @Size(max = 20) String mobile, @Size(max = 10) String locale) {
    }

    @Inject
    NotificationQueries queries;

    @Inject
    ContactAdministration contacts;

    @GET
    @Path("/inbox")
    public NotificationViews.Inbox inbox() {
        return queries.inbox();
    }

    @POST
    @Path("/inbox/{id}/read")
    @APIResponse(responseCode = "204", description = "The notification is marked read")
    public Response markRead(@PathParam("id") long id) {
        queries.markRead(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/sms")
    public List<NotificationViews.SmsMessage> sms(@QueryParam("case") String caseId) {
        return queries.smsMessages(uuid("case", caseId));
    }

    @GET
    @Path("/contacts")
    public List<NotificationViews.Contact> contacts() {
        return contacts.list();
    }

    @PUT
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<NotificationViews.Contact> replaceContacts(@Valid @NotNull ContactsRequest request) {
        return contacts.replace(request.contacts().stream()
                .map(c -> new NotificationViews.Contact(c.dealer(), c.region(), c.duty(), c.name(), c.username(), c.email(),
                        c.mobile(), c.locale()))
                .toList());
    }

    private static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidField(name, "a case id (UUID)");
        }
    }
}
