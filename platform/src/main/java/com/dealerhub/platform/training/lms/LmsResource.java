package com.dealerhub.platform.training.lms;

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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * LMS courses (read by the network, kept by the training department) and the records an LMS sends:
 * a batch answered record by record, or a file of records (CSV or XLSX). The LMS calls as a client
 * holding the {@code oem-training} role.
 */
@ApplicationScoped
@Path("/training/lms")
@Produces(MediaType.APPLICATION_JSON)
public class LmsResource {

    @Inject
    LmsCourses courses;

    @Inject
    LmsRecords records;

    @GET
    @Path("/courses")
    public List<LmsCourseView> courses() {
        return courses.list();
    }

    @PUT
    @Path("/courses/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LmsCourseView saveCourse(@PathParam("code") String code, LmsRequests.Course course) {
        return courses.save(code, course);
    }

    /** Idempotent by record id: each record is answered CREATED, UNCHANGED or REFUSED (with its problem). */
    @POST
    @Path("/records")
    @Consumes(MediaType.APPLICATION_JSON)
    public LmsBatchResult send(LmsRequests.Batch batch) {
        return records.batch(batch);
    }

    @POST
    @Path("/records/import")
    @Consumes({ImportTable.CSV, MediaType.TEXT_PLAIN, ImportTable.XLSX})
    public LmsRecords.Imported importFile(@HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        return records.importFile(ImportTable.readBody(body), contentType);
    }

    /** An empty file of records to fill in, {@code ?format=csv} (default) or {@code xlsx}. */
    @GET
    @Path("/records/template")
    @Produces({ImportTable.CSV, ImportTable.XLSX})
    @APIResponse(responseCode = "200", description = "An empty file of LMS records to fill in, CSV or XLSX", content = {
            @Content(mediaType = ImportTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ImportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(@QueryParam("format") String format) {
        boolean xlsx = "xlsx".equals(format);
        String type = xlsx ? ImportTable.XLSX : ImportTable.CSV;
        List<String> columns = new ArrayList<>(LmsRecords.COLUMNS);
        columns.addAll(LmsRecords.OPTIONAL_COLUMNS);
        return Response.ok(ImportTable.template(type, columns, LmsRecords.EXAMPLE), type)
                .header("Content-Disposition", "attachment; filename=\"lms-records." + (xlsx ? "xlsx" : "csv") + "\"").build();
    }
}
