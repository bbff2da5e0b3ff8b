package com.dealerhub.platform.training.roster;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.dealerhub.common.web.QueryParameters;
import com.dealerhub.platform.imports.ImportTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** A dealer's staff roster: kept by its admin (one by one or from a CSV or XLSX file), read by its users and OEM staff. */
@ApplicationScoped
@Path("/training/roster")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Inject
    Roster roster;

    /** The caller's dealer's roster; OEM users name the dealer ({@code ?dealer=}, within their reach). */
    @GET
    public List<RosterEntryView> list(@QueryParam("dealer") String dealer) {
        return roster.list(QueryParameters.code("dealer", dealer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The roster entry, added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterEntryView.class)))
    public Response add(RosterRequests.Add add) {
        return Response.status(Response.Status.CREATED).entity(roster.add(add)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RosterEntryView edit(@PathParam("id") UUID id, RosterRequests.Edit edit) {
        return roster.edit(id, edit);
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public RosterEntryView end(@PathParam("id") UUID id, RosterRequests.End end) {
        return roster.end(id, end);
    }

    /** The roster as a CSV ({@code text/csv}) or XLSX file: every row added or updated, or none. */
    @POST
    @Path("/import")
    @Consumes({ImportTable.CSV, MediaType.TEXT_PLAIN, ImportTable.XLSX})
    public Roster.Imported importFile(@HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        return roster.importFile(ImportTable.readBody(body), contentType);
    }

    /** An empty roster file to fill in, {@code ?format=csv} (default) or {@code xlsx}. */
    @GET
    @Path("/template")
    @Produces({ImportTable.CSV, ImportTable.XLSX})
    @APIResponse(responseCode = "200", description = "An empty roster file to fill in, CSV or XLSX", content = {
            @Content(mediaType = ImportTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ImportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(@QueryParam("format") String format) {
        String type = "xlsx".equals(format) ? ImportTable.XLSX : ImportTable.CSV;
        List<String> columns = new java.util.ArrayList<>(RosterFile.COLUMNS);
        columns.addAll(RosterFile.OPTIONAL_COLUMNS);
        return Response.ok(ImportTable.template(type, columns, RosterFile.EXAMPLE), type)
                .header("Content-Disposition", "attachment; filename=\"roster." + ("xlsx".equals(format) ? "xlsx" : "csv") + "\"")
                .build();
    }
}
