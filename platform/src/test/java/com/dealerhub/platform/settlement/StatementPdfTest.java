package com.dealerhub.platform.settlement;

import com.dealerhub.common.export.Language;
import com.dealerhub.platform.goodwill.GoodwillPayments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StatementPdfTest {

    private static DealerStatements.Statement statement(int lines) {
        List<DealerStatements.Line> warranty = IntStream.range(0, lines).mapToObj(i -> new DealerStatements.Line(
                "W-2025-" + i, "REGULAR", "LSVAB4180E2000001", "RO-" + i, Instant.parse("2025-03-02T08:09:10Z"),
                new BigDecimal("1300.00"), new BigDecimal("1234.50"))).toList();
        BigDecimal total = new BigDecimal("1234.50").multiply(BigDecimal.valueOf(lines));
        var goodwill = List.of(new GoodwillPayments.Paid("G-2025-1", "C-2025-9", Instant.parse("2025-03-05T01:00:00Z"),
                new BigDecimal("800.00"), new BigDecimal("50"), new BigDecimal("400.00"), "付款-001"));
        return new DealerStatements.Statement("aurora-e01", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), warranty,
                total, goodwill, new BigDecimal("400.00"));
    }

    private static byte[] pdf(DealerStatements.Statement s, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementPdf.write(s, language, out);
        return out.toByteArray();
    }

    @Test
    void showsTheChineseTitleTheLinesAndTheTotalsWithAnEmbeddedFontSubset() throws IOException {
        byte[] bytes = pdf(statement(3), Language.ZH_CN);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("经销商结算单", "aurora-e01", "2025-03-01", "W-2025-2", "3,703.50", "G-2025-1", "400.00",
                    "付款-001", "保修合计");
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("+");  // a subset's name carries its tag, e.g. ABCDEF+NotoSansSC
        }
        assertThat(bytes.length).as("a subset, not the 10 MB font").isLessThan(200_000);
    }

    @Test
    void speaksEnglishAndRunsOverSeveralPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(statement(120), Language.EN))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Dealer statement", "Warranty total", "148,140.00", "W-2025-119", "Goodwill total");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }
}
