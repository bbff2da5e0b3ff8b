package com.dealerhub.platform.imports;

import com.dealerhub.common.problem.InvalidField;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an Excel workbook (XLSX) as rows of text: a date cell becomes 2024-03-15, a
 * number its plain digits (a staff number typed as a number keeps no ".0"), a formula its last
 * computed value. Apache POI guards against zip bombs and external XML entities itself.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    /** Adds every row of the first sheet to {@code cells}, and its number (1-based, as Excel shows it) to {@code numbers}. */
    static void read(byte[] content, List<List<String>> cells, List<Integer> numbers) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return;
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= ImportTable.MAX_ROWS + 1) {
                throw new InvalidField("file", "at most " + ImportTable.MAX_ROWS + " rows in one file; split it");
            }
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    fields.add(text(row.getCell(c)));
                }
                cells.add(fields);
                numbers.add(row.getRowNum() + 1);
            }
        } catch (InvalidField e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidField("file", "not a readable Excel workbook (.xlsx)");
        }
    }

    /** A workbook of one sheet holding these rows as text. */
    static byte[] write(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c, CellType.STRING).setCellValue(rows.get(r).get(c));
                }
            }
            for (int c = 0; c < rows.getFirst().size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing a workbook in memory failed", e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
