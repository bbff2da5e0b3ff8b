package com.dealerhub.common.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table to export: a name (the file name without its extension), typed columns with headers in
 * both languages, and rows of cells in column order. Declare the columns first, then add the rows:
 *
 * <pre>{@code
 * Table table = new Table("claims").text("编号", "Number").amount("索赔金额", "Claimed amount");
 * table.row("W-0001", new BigDecimal("120.50"));
 * }</pre>
 *
 * A cell may be null (an empty cell). Not thread-safe; one request builds and writes one table.
 */
public final class Table {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    /** @param name the file name without extension: letters, digits, {@code . _ -} only */
    public Table(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a table's name is its file name: letters, digits, . _ - only");
        }
        this.name = name;
    }

    /** Adds a column; columns are added before any row. */
    public Table column(CellType type, String chinese, String english) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("declare every column before the first row");
        }
        columns.add(new Column(type, chinese, english));
        return this;
    }

    /** Adds a text column. */
    public Table text(String chinese, String english) {
        return column(CellType.TEXT, chinese, english);
    }

    /** Adds a number column. */
    public Table number(String chinese, String english) {
        return column(CellType.NUMBER, chinese, english);
    }

    /** Adds an amount (money) column. */
    public Table amount(String chinese, String english) {
        return column(CellType.AMOUNT, chinese, english);
    }

    /** Adds a date column ({@link java.time.LocalDate} cells). */
    public Table date(String chinese, String english) {
        return column(CellType.DATE, chinese, english);
    }

    /** Adds an instant column ({@link java.time.Instant} cells, written in UTC). */
    public Table instant(String chinese, String english) {
        return column(CellType.INSTANT, chinese, english);
    }

    /**
     * Adds a row, one cell per column in column order.
     *
     * @throws IllegalArgumentException when the count or a cell's Java type does not fit its column
     */
    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + columns.size() + " columns");
        }
        for (int i = 0; i < cells.length; i++) {
            if (!columns.get(i).type().accepts(cells[i])) {
                throw new IllegalArgumentException("column " + i + " (" + columns.get(i).english() + ") holds "
                        + columns.get(i).type() + ", not " + cells[i].getClass().getSimpleName());
            }
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(cells.clone())));
        return this;
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** The rows, each a list of cells (null for an empty cell) in column order. */
    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    @Override
    public String toString() {
        return "Table[" + name + ", " + columns.size() + " columns, " + rows.size() + " rows]";
    }
}
