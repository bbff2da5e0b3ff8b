package com.dealerhub.platform.attachments;

import com.dealerhub.common.problem.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@ApplicationScoped
@Path("/cases/{case}/attachments")
public class AttachmentResource {

    @Inject
    Attachments attachments;

    /** Uploads a file as the request body; {@code purpose} says what it is for, {@code name} its file name. */
    @POST
    @Consumes("*/*")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The attachment, stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("case") UUID caseId, @QueryParam("purpose") String purpose,
                           @QueryParam("name") String name, @HeaderParam("Content-Type") String contentType,
                           InputStream body) throws IOException {
        byte[] content = body.readNBytes(AttachmentContent.MAX_BYTES + 1);
        if (content.length > AttachmentContent.MAX_BYTES) {
            throw new InvalidField("content", "the file exceeds " + AttachmentContent.MAX_BYTES + " bytes");
        }
        return Response.status(Response.Status.CREATED)
                .entity(attachments.attach(caseId, purpose, name, contentType, content)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentView> list(@PathParam("case") UUID caseId) {
        return attachments.list(caseId);
    }

    @GET
    @Path("/{attachment}")
    @APIResponse(responseCode = "200", description = "The file, with the type it was stored with; its SHA-256 in the Digest header",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("case") UUID caseId, @PathParam("attachment") UUID attachmentId) {
        Attachment attachment = attachments.get(caseId, attachmentId);
        return Response.ok(attachment.content(), attachment.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + attachment.sha256())
                .build();
    }
}
