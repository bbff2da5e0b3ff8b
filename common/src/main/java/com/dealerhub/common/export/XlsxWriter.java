package com.dealerhub.common.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An Excel workbook of one sheet, written with POI's streaming workbook (a window of rows in memory,
 * the rest in a compressed temporary file): a bold, frozen header row; numbers and amounts as numbers
 * (amounts as {@code #,##0.00}); dates and instants as dates ({@code yyyy-mm-dd}, instants in UTC as
 * {@code yyyy-mm-dd hh:mm:ss}); text as text, so nothing is ever taken for a formula.
 */
public final class XlsxWriter implements TableWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Excel's limit on the characters of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;
    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public void write(Table table, Language language, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            Map<CellType, CellStyle> styles = styles(workbook);
            List<Column> columns = table.columns();
            Row header = sheet.createRow(0);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int i = 0; i < columns.size(); i++) {
                var cell = header.createCell(i);
                String text = Cells.header(columns.get(i), language);
                cell.setCellValue(text);
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, text.length() * 2 + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    CellType type = columns.get(i).type();
                    var cell = row.createCell(i);
                    switch (type) {
                        case TEXT -> {
                            String text = Cells.text(value);
                            cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
                        }
                        case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                        case AMOUNT -> cell.setCellValue(Cells.amount((Number) value).doubleValue());
                        case DATE -> cell.setCellValue((LocalDate) value);
                        case INSTANT -> cell.setCellValue(Cells.utc((Instant) value));
                    }
                    if (styles.containsKey(type)) {
                        cell.setCellStyle(styles.get(type));
                    }
                }
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    private static Map<CellType, CellStyle> styles(SXSSFWorkbook workbook) {
        var format = workbook.createDataFormat();
        Map<CellType, CellStyle> styles = new EnumMap<>(CellType.class);
        for (var entry : Map.of(CellType.AMOUNT, "#,##0.00", CellType.DATE, "yyyy-mm-dd",
                CellType.INSTANT, "yyyy-mm-dd hh:mm:ss").entrySet()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format.getFormat(entry.getValue()));
            styles.put(entry.getKey(), style);
        }
        return styles;
    }
}
