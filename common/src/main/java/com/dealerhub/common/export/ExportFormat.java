package com.dealerhub.common.export;

import com.dealerhub.common.problem.InvalidField;

import java.util.Locale;

/** The spreadsheet formats a table is exported in, as the {@code format} query parameter names them. */
public enum ExportFormat {
    CSV(new CsvWriter()), XLSX(new XlsxWriter());

    private final TableWriter writer;

    ExportFormat(TableWriter writer) {
        this.writer = writer;
    }

    public TableWriter writer() {
        return writer;
    }

    /** The format {@code csv} or {@code xlsx} names (any case), or null for anything else. */
    public static ExportFormat lookup(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> null;
        };
    }

    /**
     * The format the {@code format} query parameter names.
     *
     * @throws InvalidField naming {@code format} when it is missing or neither csv nor xlsx
     */
    public static ExportFormat parse(String raw) {
        ExportFormat format = lookup(raw);
        if (format == null) {
            throw new InvalidField("format", "write csv or xlsx");
        }
        return format;
    }
}
