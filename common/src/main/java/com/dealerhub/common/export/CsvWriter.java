package com.dealerhub.common.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break quoted, quotes
 * doubled), in UTF-8 with a byte order mark so that Excel set to Chinese reads it as UTF-8.
 * A text cell starting with {@code = + - @} (or a tab or carriage return) gets a leading single quote,
 * so that a spreadsheet never runs it as a formula (CSV injection).
 */
public final class CsvWriter implements TableWriter {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final char BOM = '\uFEFF';

    @Override
    public void write(Table table, Language language, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BOM);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            field(writer, i, guarded(Cells.header(columns.get(i), language)));
        }
        writer.write("\r\n");
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                field(writer, i, cell(columns.get(i).type(), row.get(i)));
            }
            writer.write("\r\n");
        }
        writer.flush();
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String extension() {
        return "csv";
    }

    private static void field(Writer writer, int index, String value) throws IOException {
        if (index > 0) {
            writer.write(',');
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            writer.write('"');
            writer.write(value.replace("\"", "\"\""));
            writer.write('"');
        } else {
            writer.write(value);
        }
    }

    static String cell(CellType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> guarded(Cells.text(value));
            case NUMBER -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            case AMOUNT -> Cells.amount((Number) value).toPlainString();
            case DATE -> value.toString();
            case INSTANT -> Cells.INSTANT_TEXT.format(Cells.utc((Instant) value));
        };
    }

    /** A leading single quote before what a spreadsheet would take for a formula. */
    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
