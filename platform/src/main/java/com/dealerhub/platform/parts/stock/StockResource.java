package com.dealerhub.platform.parts.stock;

import com.dealerhub.platform.imports.ImportTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The OEM's stock per warehouse and part: read by the network, kept by the parts department. */
@ApplicationScoped
@Path("/parts/stock")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    @Inject
    Stock stock;

    @GET
    public List<StockView> list(@QueryParam("warehouse") String warehouse, @QueryParam("part") String part) {
        return stock.list(warehouse, part);
    }

    @PUT
    @Path("/{warehouse}/{part}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StockView set(@PathParam("warehouse") String warehouse, @PathParam("part") String part,
                         @Valid @NotNull StockRequest request) {
        return stock.set(warehouse, part, request.quantity());
    }

    /** A CSV ({@code text/csv}) or XLSX file with columns warehouse, partNumber, quantity: every row stored, or none. */
    @POST
    @Path("/import")
    @Consumes({ImportTable.CSV, MediaType.TEXT_PLAIN, ImportTable.XLSX})
    public Stock.Imported importFile(@HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        return stock.importFile(ImportTable.readBody(body), contentType);
    }

    @GET
    @Path("/template")
    @Produces({ImportTable.CSV, ImportTable.XLSX})
    @APIResponse(responseCode = "200", description = "An empty stock file to fill in, CSV or XLSX", content = {
            @Content(mediaType = ImportTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ImportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(@QueryParam("format") String format) {
        String type = "xlsx".equals(format) ? ImportTable.XLSX : ImportTable.CSV;
        return Response.ok(ImportTable.template(type, Stock.COLUMNS, Stock.EXAMPLE), type).build();
    }
}
