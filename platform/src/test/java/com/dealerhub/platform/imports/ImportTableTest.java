package com.dealerhub.platform.imports;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportTableTest {

    private static final List<String> REQUIRED = List.of("staffNumber", "name", "hiredOn");
    private static final List<String> OPTIONAL = List.of("mobile");

    @Test
    void csvColumnsMayComeInAnyOrderAndRowsKeepTheirNumbers() {
        String csv = "\uFEFFname,hiredOn,staffNumber\n王小明,2024-03-15,T-001\n\n李华,2023/1/5,T-002\n";

        ImportTable table = ImportTable.read(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", REQUIRED, OPTIONAL);

        assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(2, 4);
        assertThat(table.rows().get(0).text("staffNumber")).isEqualTo("T-001");
        assertThat(table.rows().get(0).text("mobile")).isEmpty();
        List<Problem.FieldError> errors = new ArrayList<>();
        assertThat(table.rows().get(1).date("hiredOn", errors)).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(errors).isEmpty();
    }

    @Test
    void aHeaderMissingAColumnOrNamingAnUnknownOneIsRefusedNamingBoth() {
        String csv = "staffNumber,name,hired\nT-001,王小明,2024-03-15\n";

        assertThatThrownBy(() -> ImportTable.read(csv.getBytes(StandardCharsets.UTF_8), "text/csv", REQUIRED, OPTIONAL))
                .isInstanceOfSatisfying(InvalidFields.class, e -> assertThat(e.errors()).extracting(Problem.FieldError::field)
                        .containsExactly("rows[1]", "rows[1].hiredOn"));
    }

    @Test
    void cellsThatAreNotDatesOrNumbersAreNamedByRowAndColumn() {
        String csv = "staffNumber,name,hiredOn\nT-001,王小明,15.03.2024\n";
        ImportTable.Row row = ImportTable.read(csv.getBytes(StandardCharsets.UTF_8), "text/csv", REQUIRED, OPTIONAL).rows().getFirst();
        List<Problem.FieldError> errors = new ArrayList<>();

        assertThat(row.date("hiredOn", errors)).isNull();
        assertThat(row.decimal("name", errors)).isNull();

        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("rows[2].hiredOn", "rows[2].name");
    }

    @Test
    void anXlsxSheetReadsDateCellsAsDatesAndWholeNumbersWithoutDecimals() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("staffNumber");
            header.createCell(1).setCellValue("name");
            header.createCell(2).setCellValue("hiredOn");
            Row data = sheet.createRow(2);
            data.createCell(0).setCellValue(10023);
            data.createCell(1).setCellValue("王小明");
            data.createCell(2).setCellValue(LocalDate.of(2024, 3, 15));
            data.getCell(2).setCellStyle(book.createCellStyle());
            data.getCell(2).getCellStyle().setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            book.write(out);
            workbook = out.toByteArray();
        }

        ImportTable table = ImportTable.read(workbook, ImportTable.XLSX, REQUIRED, OPTIONAL);

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().getFirst().number()).isEqualTo(3);
        assertThat(table.rows().getFirst().cells()).containsEntry("staffNumber", "10023").containsEntry("hiredOn", "2024-03-15");
    }

    @Test
    void theXlsxTemplateReadsBackAsItsHeaderAndExample() {
        byte[] template = ImportTable.template(ImportTable.XLSX, List.of("staffNumber", "name", "hiredOn", "mobile"),
                List.of("T-9", "示例", "2024-01-02", ""));

        ImportTable table = ImportTable.read(template, ImportTable.XLSX, REQUIRED, OPTIONAL);

        assertThat(table.rows().getFirst().text("name")).isEqualTo("示例");
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedOnTheFile() {
        assertThatThrownBy(() -> ImportTable.read("not a zip".getBytes(StandardCharsets.UTF_8), ImportTable.XLSX, REQUIRED, OPTIONAL))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> ImportTable.read(new byte[] {1, 2}, "application/pdf", REQUIRED, OPTIONAL))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("file"));
    }
}
