package com.dealerhub.platform.settlement;

import com.dealerhub.common.export.CsvWriter;
import com.dealerhub.common.export.ExportFormat;
import com.dealerhub.common.export.ExportRequest;
import com.dealerhub.common.export.Exports;
import com.dealerhub.common.export.Language;
import com.dealerhub.common.export.XlsxWriter;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Locale;

@ApplicationScoped
@Path("/warranty/statements")
@Produces(MediaType.APPLICATION_JSON)
public class DealerStatementResource {

    @Inject
    DealerStatements statements;

    /**
     * The caller's own dealer's statement, or (OEM users) that of a dealer within reach; with
     * {@code format=pdf|csv|xlsx} as a file in the caller's language ({@code lang}, else {@code Accept-Language}).
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, StatementPdf.MEDIA_TYPE, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "the statement; with format=pdf|csv|xlsx as a file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealerStatements.Statement.class)))
    public Response statement(@QueryParam("dealer") String dealer, @QueryParam("from") String from,
                              @QueryParam("to") String to, @BeanParam ExportRequest export) {
        boolean pdf = export.wanted() && export.format().strip().toLowerCase(Locale.ROOT).equals("pdf");
        ExportFormat sheet = export.wanted() && !pdf ? ExportFormat.lookup(export.format()) : null;
        if (export.wanted() && !pdf && sheet == null) {
            throw new InvalidField("format", "write pdf, csv or xlsx");
        }
        Language language = export.wanted() ? export.language() : null;
        DealerStatements.Statement statement = statements.of(dealer, QueryParameters.date("from", from), QueryParameters.date("to", to));
        if (pdf) {
            return Exports.attachment(out -> StatementPdf.write(statement, language, out), StatementPdf.MEDIA_TYPE,
                    "statement-" + statement.dealer() + "-" + statement.from() + "-" + statement.to() + ".pdf");
        }
        if (sheet != null) {
            return Exports.answer(sheet, language, StatementTable.of(statement));
        }
        return Response.ok(statement).build();
    }
}
