package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static com.dealerhub.it.support.Claims.PATH;
import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.ok;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists, the network search and the dealer statement exported as files and read back: CSV (UTF-8 with
 * a byte order mark), XLSX with typed cells, the statement as a PDF whose Chinese text extracts.
 */
class ExportsIT {

    private static final String CLERK = "aurora-e01-claims";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theClaimListExportsEveryRowItsFiltersSelectAsCsvAndXlsx() throws IOException {
        long total = ok(Api.as("aurora-claims").get(PATH + "?size=1")).getJsonNumber("total").longValue();
        assertThat(total).as("the demo network has more claims than the page asked for below").isGreaterThan(5);

        HttpResponse<byte[]> csv = fetch("aurora-claims", PATH + "?format=csv&lang=zh-CN&page=0&size=5");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"warranty-claims.csv\"");
        byte[] bytes = csv.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> records = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(records.getFirst()).startsWith("索赔单号", "类型", "状态", "经销商");
        assertThat(records).hasSize((int) total + 1);

        HttpResponse<byte[]> xlsx = fetch("aurora-claims", PATH + "?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("索赔单号");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) total);
            assertThat(sheet.getRow(1).getCell(6).getCellType()).as("the claimed amount is a number").isEqualTo(CellType.NUMERIC);
        }

        HttpResponse<byte[]> english = fetch("aurora-claims", PATH + "?format=csv&state=PENDING_CLAIMS&lang=en");
        List<List<String>> pending = parseCsv(new String(english.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(pending.getFirst()).startsWith("Claim", "Kind", "State");
        assertThat(pending.subList(1, pending.size())).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("PENDING_CLAIMS"));
        assertThat(pending).hasSize((int) ok(Api.as("aurora-claims").get(PATH + "?size=1&state=PENDING_CLAIMS"))
                .getJsonNumber("total").longValue() + 1);
    }

    @Test
    void aChineseSubjectRoundTripsThroughTheComplaintExport() throws IOException {
        JsonObject list = Api.as("aurora-cac").get("/platform/api/complaints?size=200").object();
        List<String> subjects = list.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(c -> c.getString("subject")).toList();
        assertThat(subjects).anyMatch(s -> s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));

        HttpResponse<byte[]> csv = fetch("aurora-cac", "/platform/api/complaints?format=csv");
        List<List<String>> records = parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(records).hasSize(list.getInt("total") + 1);
        assertThat(records.subList(1, records.size()).stream().map(r -> r.get(3)).toList()).containsAll(subjects);

        HttpResponse<byte[]> xlsx = fetch("aurora-cac", "/platform/api/complaints?format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> exported = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                exported.add(sheet.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(exported).containsAll(subjects);
        }
    }

    @Test
    void theSearchExportHoldsOnlyTheCasesWithinTheCallersReach() throws IOException {
        HttpResponse<byte[]> own = fetch("aurora-e01-claims", "/reporting/api/search?format=csv&lang=en");
        assertThat(own.statusCode()).isEqualTo(200);
        List<List<String>> records = parseCsv(new String(own.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(records.getFirst()).startsWith("Number", "Type", "State", "Dealer");
        long found = Api.as("aurora-e01-claims").get("/reporting/api/search?size=1").object().getJsonNumber("total").longValue();
        assertThat(records).hasSize((int) found + 1);
        assertThat(records.subList(1, records.size())).isNotEmpty().allSatisfy(row -> assertThat(row.get(3)).isEqualTo("aurora-e01"));

        HttpResponse<byte[]> network = fetch("aurora-analyst", "/reporting/api/search?format=xlsx&dealer=aurora-e02");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(network.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("aurora-e02");
            }
        }
        HttpResponse<byte[]> otherNetwork = fetch("borealis-e01-claims", "/reporting/api/search?format=csv&dealer=aurora-e01");
        assertThat(parseCsv(new String(otherNetwork.body(), StandardCharsets.UTF_8).substring(1))).hasSize(1);
    }

    @Test
    void theStatementPdfShowsTheChineseTitleTheCreditedClaimAndTheTotal() throws IOException {
        String vin = Vins.random();
        String id = id(draft(CLERK, Claims.regular(vin)));
        submit(CLERK, id);
        ok(Api.as("aurora-claims").post(PATH + "/" + id + "/approve", "{}"));
        JsonObject settled = ok(Api.as("aurora-claims").post(PATH + "/" + id + "/settle", "{}"));
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String period = "from=" + today + "&to=" + today;
        JsonObject statement = ok(Api.as(CLERK).get("/platform/api/warranty/statements?" + period));

        HttpResponse<byte[]> pdf = fetch(CLERK, "/platform/api/warranty/statements?" + period + "&format=pdf&lang=zh-CN");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("statement-aurora-e01-", ".pdf");
        assertThat(pdf.body().length).as("the font is embedded as a subset").isLessThan(300_000);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("经销商结算单", "aurora-e01", Claims.number(settled),
                    String.format(Locale.ROOT, "%,.2f", statement.getJsonNumber("total").bigDecimalValue()));
        }

        HttpResponse<byte[]> xlsx = fetch(CLERK, "/platform/api/warranty/statements?" + period + "&format=xlsx&lang=en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            BigDecimal exportedTotal = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals("WARRANTY_TOTAL")) {
                    exportedTotal = BigDecimal.valueOf(sheet.getRow(r).getCell(8).getNumericCellValue());
                }
            }
            assertThat(exportedTotal).isEqualByComparingTo(statement.getJsonNumber("total").bigDecimalValue());
        }
    }

    @Test
    void aFormatThatIsNeitherCsvNorXlsxIsRefusedNamingFormat() {
        for (String path : List.of(PATH + "?format=docx", "/platform/api/complaints?format=", "/platform/api/goodwill?format=pdf",
                "/reporting/api/search?format=json", "/platform/api/warranty/statements?from=2025-01-01&to=2025-01-31&format=docx")) {
            Reply reply = Api.as("aurora-e01-admin").get(path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.object().getString("field")).as(path).isEqualTo("format");
        }
        Reply language = Api.as("aurora-e01-admin").get(PATH + "?format=csv&lang=fr");
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.object().getString("field")).isEqualTo("lang");
    }

    private static HttpResponse<byte[]> fetch(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.wildfly() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Api.token(user)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the last record ends with CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }
}
