package com.dealerhub.platform.imports;

import com.dealerhub.common.problem.InvalidField;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a CSV text (RFC 4180: comma-separated, fields with commas, quotes or line breaks in
 * double quotes, a quote inside doubled). The first row names the columns; each data row keeps
 * its line number for error messages.
 */
public final class CsvRows {

    public record Row(int line, List<String> fields) {
    }

    private CsvRows() {
    }

    /** The data rows, each with exactly the expected columns, in the order of {@code header}. */
    public static List<Row> read(String text, List<String> header) {
        List<Row> rows = parse(text == null ? "" : text.replace("\uFEFF", ""));
        if (rows.isEmpty()) {
            throw new InvalidField("csv", "send CSV text whose first line is: " + String.join(",", header));
        }
        List<String> names = rows.getFirst().fields().stream().map(String::strip).toList();
        if (!names.equals(header)) {
            throw new InvalidField("csv", "line 1: the columns must be " + String.join(",", header) + ", not " + String.join(",", names));
        }
        List<Row> data = rows.subList(1, rows.size()).stream()
                .filter(row -> !(row.fields().size() == 1 && row.fields().getFirst().isBlank())).toList();
        for (Row row : data) {
            if (row.fields().size() != header.size()) {
                throw new InvalidField("csv", "line " + row.line() + ": " + header.size() + " columns expected, found " + row.fields().size());
            }
        }
        return data;
    }

    /** The column names of the first line, stripped; empty for an empty text. */
    public static List<String> columns(String text) {
        List<Row> rows = parse(text == null ? "" : text.replace("\uFEFF", ""));
        return rows.isEmpty() ? List.of() : rows.getFirst().fields().stream().map(String::strip).toList();
    }

    /** Every row of the text as it stands, the first (the header) included. */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidField("csv", "line " + rowLine + ": a quoted field is not closed");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
