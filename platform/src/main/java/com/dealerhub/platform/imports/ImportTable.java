package com.dealerhub.platform.imports;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.web.CleanText;
import com.dealerhub.common.web.InputBounds;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table a user uploads, as CSV or as an Excel workbook (XLSX, its first sheet): the first row
 * names the columns, in any order; every data row keeps its row number in the file as a
 * spreadsheet shows it (the header is usually row 1, so the first data row is row 2), which is how
 * an error names it: {@code rows[3].hiredOn}. Blank rows are skipped. Whatever is wrong is collected per row and column, so that one answer
 * lists every mistake of the file.
 */
public record ImportTable(List<Row> rows) {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    private static final int MAX_CELL_LENGTH = 500;
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

    /** One data row: its number in the file and its cells by column name. */
    public record Row(int number, Map<String, String> cells) {

        /** The field an error of this row and column names. */
        public String field(String column) {
            return "rows[" + number + "]." + column;
        }

        /** The cell's text, stripped; empty when the column is absent or the cell blank. */
        public String text(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }

        /** The cell's text, or null when blank; an error when it is too long or not text. */
        public String optionalText(String column, List<Problem.FieldError> errors) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            String flaw = value.length() > MAX_CELL_LENGTH ? "at most " + MAX_CELL_LENGTH + " characters" : CleanText.flaw(value);
            if (flaw != null) {
                errors.add(new Problem.FieldError(field(column), flaw));
                return null;
            }
            return value;
        }

        /** A date written 2024-03-15 (or 2024/3/15, or a date cell), or null when blank. */
        public LocalDate date(String column, List<Problem.FieldError> errors) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            LocalDate date = parseDate(value);
            String flaw = date == null ? "a date such as 2024-03-15" : InputBounds.flaw(date);
            if (flaw != null) {
                errors.add(new Problem.FieldError(field(column), flaw));
                return null;
            }
            return date;
        }

        /** A number, or null when blank. */
        public BigDecimal decimal(String column, List<Problem.FieldError> errors) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value);
                String flaw = InputBounds.flaw(number);
                if (flaw == null) {
                    return number;
                }
                errors.add(new Problem.FieldError(field(column), flaw));
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError(field(column), "a number such as 85 or 92.5"));
            }
            return null;
        }
    }

    /** Reads at most {@link #MAX_BYTES} of a request body; more is refused on {@code file}. */
    public static byte[] readBody(InputStream body) throws IOException {
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new InvalidField("file", "the file exceeds " + MAX_BYTES + " bytes");
        }
        return content;
    }

    /**
     * The table in {@code content}, of the given media type (CSV or XLSX), whose header must hold
     * every required column and may hold the optional ones, nothing else (a misspelt column would
     * otherwise be dropped silently).
     */
    public static ImportTable read(byte[] content, String mediaType, List<String> required, List<String> optional) {
        List<List<String>> cells = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        switch (kind(mediaType)) {
            case CSV -> {
                for (CsvRows.Row row : CsvRows.parse(csvText(content))) {
                    cells.add(row.fields());
                    numbers.add(row.line());
                }
            }
            case XLSX -> XlsxRows.read(content, cells, numbers);
            default -> throw new InvalidField("file", "send CSV (" + CSV + ") or an Excel workbook (" + XLSX + ")");
        }
        while (!cells.isEmpty() && cells.getFirst().stream().allMatch(String::isBlank)) {
            cells.removeFirst();
            numbers.removeFirst();
        }
        if (cells.isEmpty()) {
            throw new InvalidField("file", "the first row must name the columns: " + String.join(",", required)
                    + (optional.isEmpty() ? "" : " (optional: " + String.join(",", optional) + ")"));
        }
        List<String> header = cells.getFirst().stream().map(ImportTable::columnName).toList();
        checkHeader(numbers.getFirst(), header, required, optional);
        List<Row> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            List<String> fields = cells.get(i);
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = numbers.get(i);
            if (fields.size() > header.size() && fields.subList(header.size(), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
                errors.add(new Problem.FieldError("rows[" + number + "]",
                        header.size() + " columns expected, found " + fields.size()));
                continue;
            }
            Map<String, String> byName = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byName.put(header.get(c), c < fields.size() ? fields.get(c) : "");
            }
            rows.add(new Row(number, byName));
        }
        if (rows.size() + errors.size() > MAX_ROWS) {
            throw new InvalidField("file", "at most " + MAX_ROWS + " rows in one file; split it");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields("rows of the file are not valid", errors);
        }
        return new ImportTable(rows);
    }

    /** The errors in the order of the rows they name (a stable sort: each row's errors keep their order). */
    public static List<Problem.FieldError> byRow(List<Problem.FieldError> errors) {
        return errors.stream().sorted(java.util.Comparator.comparingInt(ImportTable::rowOf)).toList();
    }

    private static int rowOf(Problem.FieldError error) {
        String field = error.field();
        int end = field.indexOf(']');
        try {
            return field.startsWith("rows[") && end > 5 ? Integer.parseInt(field.substring(5, end)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An empty table to fill in: the header row (and an example row) as CSV or XLSX. */
    public static byte[] template(String mediaType, List<String> columns, List<String> example) {
        return switch (kind(mediaType)) {
            case CSV -> ("\uFEFF" + String.join(",", columns) + "\r\n" + String.join(",", example) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            case XLSX -> XlsxRows.write(List.of(columns, example));
            default -> throw new InvalidField("format", "csv or xlsx");
        };
    }

    private static String kind(String mediaType) {
        String type = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case CSV, "text/plain", "csv" -> CSV;
            case XLSX, "xlsx" -> XLSX;
            default -> "";
        };
    }

    private static String csvText(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new InvalidField("file", "CSV must be UTF-8 text (save it as \"CSV UTF-8\")");
        }
    }

    private static String columnName(String raw) {
        return raw.replace("\uFEFF", "").strip();
    }

    private static void checkHeader(int number, List<String> header, List<String> required, List<String> optional) {
        String at = "rows[" + number + "]";
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                continue;
            }
            if (!required.contains(name) && !optional.contains(name)) {
                errors.add(new Problem.FieldError(at, "unknown column " + name + "; the columns are "
                        + String.join(",", required) + (optional.isEmpty() ? "" : "," + String.join(",", optional))));
            } else if (!seen.add(name)) {
                errors.add(new Problem.FieldError(at + "." + name, "the column appears twice"));
            }
        }
        for (String name : required) {
            if (!seen.contains(name)) {
                errors.add(new Problem.FieldError(at + "." + name, "the header lacks this column"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields("the header row is not valid", errors);
        }
    }

    private static LocalDate parseDate(String value) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }
}
