package com.dealerhub.common.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWriterTest {

    private static Sheet writeAndRead(Table table, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(table, language, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    @Test
    void typesNumbersAsNumbersAndDatesAsDatesUnderAChineseHeader() throws IOException {
        Table table = new Table("claims").text("故障描述", "Fault").number("工时", "Hours").amount("索赔金额", "Claimed")
                .date("销售日期", "Sold").instant("提交时间", "Submitted");
        table.row("发动机异响", 3, new BigDecimal("1234.5"), LocalDate.of(2025, 3, 1), Instant.parse("2025-03-02T08:09:10Z"));
        table.row("=1+1", null, null, null, null);

        Sheet sheet = writeAndRead(table, Language.ZH_CN);

        assertThat(sheet.getSheetName()).isEqualTo("claims");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("故障描述");
        assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("提交时间 (UTC)");
        var row = sheet.getRow(1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("发动机异响");
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(3.0);
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
        assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
        assertThat(row.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 1, 0, 0));
        assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
        assertThat(row.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 2, 8, 9, 10));
        // Text stays text: a typed string cell is never a formula.
        assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=1+1");
        assertThat(sheet.getRow(2).getCell(1)).isNull();
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }

    @Test
    void writesEnglishHeadersForEnglishReaders() throws IOException {
        Sheet sheet = writeAndRead(new Table("t").text("编号", "Number"), Language.EN);

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Number");
    }
}
