package com.dealerhub.common.export;

import com.dealerhub.common.problem.InvalidField;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Answers a {@link Table} as a file download, and the one bound every export keeps.
 * An export holds every row the list's filters select, not one page, up to {@link #MAX_ROWS}.
 */
public final class Exports {

    /** The most rows one export holds; past it the caller narrows the filters. */
    public static final int MAX_ROWS = 100_000;

    private Exports() {
    }

    /**
     * The table as an attachment in the format the {@code format} query parameter names:
     * {@code text/csv} or the XLSX media type, with {@code Content-Disposition: attachment; filename=<name>.<ext>}.
     *
     * @throws InvalidField naming {@code format} when it is neither csv nor xlsx
     */
    public static Response answer(String format, Language language, Table table) {
        return answer(ExportFormat.parse(format), language, table);
    }

    /** The table as an attachment in the given format. */
    public static Response answer(ExportFormat format, Language language, Table table) {
        TableWriter writer = format.writer();
        StreamingOutput body = out -> writer.write(table, language, out);
        return attachment(body, writer.mediaType(), table.name() + "." + writer.extension());
    }

    /** Any file body as a download named {@code fileName} (letters, digits, {@code . _ -}). */
    public static Response attachment(StreamingOutput body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * Refuses an export of more than {@link #MAX_ROWS} rows with a 400 naming the filter to narrow.
     *
     * @param total  how many rows the list's filters select
     * @param filter the query parameter that narrows the list, e.g. {@code state} or {@code dealer}
     */
    public static void requireWithinLimit(long total, String filter) {
        if (total > MAX_ROWS) {
            throw new InvalidField(filter, "the export would hold " + total + " rows, more than " + MAX_ROWS
                    + "; narrow the list with this filter");
        }
    }
}
