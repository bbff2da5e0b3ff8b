package com.dealerhub.platform.settlement;

import com.dealerhub.common.export.Language;
import com.dealerhub.platform.goodwill.GoodwillPayments;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dealer statement as a PDF in the reader's language: the dealer, the period, each credited warranty
 * claim and each goodwill payment, and the totals. The text is set in Noto Sans SC (SIL OFL), embedded as a
 * subset of the glyphs used, so a statement stays tens of kilobytes while any PDF reader shows its Chinese.
 */
final class StatementPdf {

    static final String MEDIA_TYPE = "application/pdf";
    private static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 40;
    private static final float LINE = 15;

    /** The font file, read once; each document parses it again and embeds only the glyphs it uses. */
    private static volatile byte[] fontBytes;

    private StatementPdf() {
    }

    static void write(DealerStatements.Statement s, Language language, OutputStream out) throws IOException {
        boolean zh = language == Language.ZH_CN;
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(font()), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title(language) + " " + s.dealer() + " " + s.from() + " – " + s.to());
            info.setProducer("DealerHub");
            Layout page = new Layout(document, font);
            page.text(title(language), 18, MARGIN);
            page.advance(LINE * 1.8f);
            page.text((zh ? "经销商：" : "Dealer: ") + s.dealer(), 11, MARGIN);
            page.advance(LINE);
            page.text((zh ? "期间：" : "Period: ") + s.from() + " – " + s.to() + (zh ? "（UTC 日）" : " (UTC days)"), 11, MARGIN);
            page.advance(LINE * 2);

            float[] warrantyColumns = {MARGIN, 130, 215, 345, 440, 515};
            page.text(zh ? "保修索赔（已结算）" : "Warranty claims credited", 13, MARGIN);
            page.advance(LINE * 1.4f);
            page.row(warrantyColumns, 9, zh ? List.of("索赔单号", "类型", "VIN", "结算时间 (UTC)", "申请金额", "入账金额")
                    : List.of("Claim", "Kind", "VIN", "Settled (UTC)", "Claimed", "Credited"));
            for (DealerStatements.Line l : s.lines()) {
                page.row(warrantyColumns, 9, List.of(l.claim(), l.kind(), nullable(l.vin()), time(l.settledAt()),
                        amount(l.claimedAmount()), amount(l.creditedAmount())));
            }
            page.advance(LINE * 0.4f);
            page.total(zh ? "保修合计" : "Warranty total", amount(s.total()));
            page.advance(LINE * 1.6f);

            float[] goodwillColumns = {MARGIN, 130, 220, 320, 420, 515};
            page.text(zh ? "善意补偿（已支付）" : "Goodwill paid", 13, MARGIN);
            page.advance(LINE * 1.4f);
            page.row(goodwillColumns, 9, zh ? List.of("善意索赔单号", "投诉单号", "支付时间 (UTC)", "支付凭证", "申请金额", "支付金额")
                    : List.of("Goodwill claim", "Complaint", "Paid (UTC)", "Reference", "Requested", "Paid"));
            for (GoodwillPayments.Paid g : s.goodwill()) {
                page.row(goodwillColumns, 9, List.of(g.claim(), nullable(g.complaint()), time(g.paidAt()),
                        nullable(g.paymentReference()), amount(g.requestedAmount()), amount(g.paidAmount())));
            }
            page.advance(LINE * 0.4f);
            page.total(zh ? "善意补偿合计" : "Goodwill total", amount(s.goodwillTotal()));
            page.close();
            document.save(out);
        }
    }

    static String title(Language language) {
        return language == Language.ZH_CN ? "经销商结算单" : "Dealer statement";
    }

    static String amount(BigDecimal value) {
        return value == null ? "" : String.format("%,.2f", value.setScale(2, RoundingMode.HALF_UP));
    }

    private static String time(Instant at) {
        return at == null ? "" : DAY_TIME.format(at);
    }

    private static String nullable(String text) {
        return text == null ? "" : text;
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = StatementPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the statement font " + FONT + " is missing from the build");
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }

    /** A top-down writer over A4 pages: a new page when the next line would not fit. */
    private static final class Layout {
        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void advance(float height) throws IOException {
            y -= height;
            if (y < MARGIN) {
                newPage();
            }
        }

        void text(String text, float size, float x) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(text));
            content.endText();
        }

        /** One row: the first columns left-aligned at their x, the last two (amounts) right-aligned at the page's edge. */
        void row(float[] xs, float size, List<String> cells) throws IOException {
            float right = PDRectangle.A4.getWidth() - MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                String cell = printable(cells.get(i));
                if (i >= cells.size() - 2) {
                    float edge = i == cells.size() - 1 ? right : xs[i + 1] - 10;
                    text(cell, size, edge - width(cell, size));
                } else {
                    text(cell, size, xs[i]);
                }
            }
            advance(LINE);
        }

        void total(String label, String amount) throws IOException {
            text(label, 11, MARGIN);
            text(amount, 11, PDRectangle.A4.getWidth() - MARGIN - width(amount, 11));
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text with what the font cannot show replaced by '?', so one odd character never fails a statement. */
        private String printable(String text) {
            StringBuilder shown = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String one = Character.toString(cp);
                try {
                    font.encode(one);
                    shown.append(one);
                } catch (IOException | IllegalArgumentException noGlyph) {
                    shown.append('?');
                }
            });
            return shown.toString();
        }

        void close() throws IOException {
            content.close();
        }
    }
}
