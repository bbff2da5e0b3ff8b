package com.dealerhub.common.export;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The export parameters a list endpoint takes beside its own filters, as a {@code @BeanParam}:
 * {@code format} ({@code csv} or {@code xlsx}; absent, the list answers JSON as always) and {@code lang}
 * ({@code zh-CN} or {@code en}; absent, {@code Accept-Language}, else Chinese).
 *
 * <pre>{@code
 * @GET
 * public Response list(@QueryParam("state") String state, @BeanParam ExportRequest export) {
 *     if (export.wanted()) {
 *         export.requireFormat();
 *         return export.answer(table(service.all(state)));
 *     }
 *     return Response.ok(service.page(state)).build();
 * }
 * }</pre>
 */
public class ExportRequest {

    @QueryParam("format")
    String format;

    @QueryParam("lang")
    String lang;

    @Context
    HttpHeaders headers;

    public ExportRequest() {
    }

    /** For callers and tests that have the values at hand. */
    public ExportRequest(String format, String lang, HttpHeaders headers) {
        this.format = format;
        this.lang = lang;
        this.headers = headers;
    }

    /** Whether the caller asked for a file ({@code format} given, even if blank or wrong). */
    public boolean wanted() {
        return format != null;
    }

    /** The {@code format} parameter as given. */
    public String format() {
        return format;
    }

    /**
     * The format asked for; call it before the export's work so that a wrong format costs nothing.
     *
     * @throws com.dealerhub.common.problem.InvalidField naming {@code format} when it is neither csv nor xlsx
     */
    public ExportFormat requireFormat() {
        return ExportFormat.parse(format);
    }

    /** The caller's language. */
    public Language language() {
        return Language.of(lang, headers);
    }

    /** The table in the format asked for; a 400 naming {@code format} when it is neither csv nor xlsx. */
    public Response answer(Table table) {
        return Exports.answer(requireFormat(), language(), table);
    }
}
