package com.dealerhub.common.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvWriterTest {

    private static Table claims() {
        return new Table("claims").text("编号", "Number").text("故障描述", "Fault").number("工时", "Hours")
                .amount("索赔金额", "Claimed").date("销售日期", "Sold").instant("提交时间", "Submitted");
    }

    private static byte[] write(Table table, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter().write(table, language, out);
        return out.toByteArray();
    }

    @Test
    void startsWithTheByteOrderMarkAndWritesChineseHeadersInUtf8() throws IOException {
        byte[] bytes = write(claims(), Language.ZH_CN);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("编号,故障描述,工时,索赔金额,销售日期,提交时间 (UTC)\r\n");
    }

    @Test
    void writesEnglishHeadersForEnglishReaders() throws IOException {
        String text = new String(write(claims(), Language.EN), StandardCharsets.UTF_8).substring(1);

        assertThat(text).startsWith("Number,Fault,Hours,Claimed,Sold,Submitted (UTC)\r\n");
    }

    @Test
    void quotesAsRfc4180AndEndsLinesWithCrLf() throws IOException {
        Table table = claims().row("W-1", "异响, \"咔哒\"声\n第二行", 2, new BigDecimal("120.5"),
                LocalDate.of(2025, 3, 1), Instant.parse("2025-03-02T08:09:10Z"));

        String text = new String(write(table, Language.ZH_CN), StandardCharsets.UTF_8);

        assertThat(text).endsWith("\r\nW-1,\"异响, \"\"咔哒\"\"声\n第二行\",2,120.50,2025-03-01,2025-03-02 08:09:10\r\n");
    }

    @Test
    void guardsTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
        Table table = new Table("t").text("a", "a").text("b", "b").text("c", "c").text("d", "d").number("n", "n");
        table.row("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", -5);

        String text = new String(write(table, Language.EN), StandardCharsets.UTF_8);

        assertThat(text).endsWith("\r\n\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),-5\r\n");
    }

    @Test
    void writesEmptyCellsForNulls() throws IOException {
        Table table = claims().row("W-2", null, null, null, null, null);

        assertThat(new String(write(table, Language.EN), StandardCharsets.UTF_8)).endsWith("\r\nW-2,,,,,\r\n");
    }

    @Test
    void refusesACellOfTheWrongType() {
        assertThatThrownBy(() -> claims().row("W-3", "x", "two", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Hours");
    }
}
