package com.dealerhub.platform.training.roster;

import com.dealerhub.common.problem.Problem;
import com.dealerhub.platform.imports.ImportTable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static List<Problem.FieldError> errorsOf(String csv) {
        ImportTable table = ImportTable.read(csv.getBytes(StandardCharsets.UTF_8), ImportTable.CSV, RosterFile.COLUMNS,
                RosterFile.OPTIONAL_COLUMNS);
        List<Problem.FieldError> errors = new ArrayList<>();
        RosterFile.lines(table, TODAY, errors);
        return errors;
    }

    @Test
    void goodRowsBecomeLinesWithTheRoleSinceDefaultingToTheHireDate() {
        ImportTable table = ImportTable.read("staffNumber,name,role,hiredOn\naur-t1,王小明,technician,2020-05-01\n"
                .getBytes(StandardCharsets.UTF_8), ImportTable.CSV, RosterFile.COLUMNS, RosterFile.OPTIONAL_COLUMNS);
        List<Problem.FieldError> errors = new ArrayList<>();

        List<RosterPeople.Line> lines = RosterFile.lines(table, TODAY, errors);

        assertThat(errors).isEmpty();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.staffNumber()).isEqualTo("AUR-T1");
            assertThat(line.add().role()).isEqualTo(RosterRole.TECHNICIAN);
            assertThat(line.inRoleSince()).isEqualTo(LocalDate.of(2020, 5, 1));
            assertThat(line.at()).isEqualTo("rows[2].");
        });
    }

    @Test
    void everyWrongRowAndColumnIsNamed() {
        String csv = """
                staffNumber,name,role,hiredOn,inRoleSince,mobile
                T-1,王小明,TECHNICIAN,2020-05-01,,
                T 2,,COOK,2020-05-01,,
                T-3,李华,SERVICE_ADVISOR,someday,,12
                T-4,赵敏,SERVICE_ADVISOR,2021-01-01,2020-01-01,
                T-5,钱进,TECHNICIAN,2027-01-01,,
                """;

        assertThat(errorsOf(csv)).extracting(Problem.FieldError::field).containsExactly(
                "rows[3].role", "rows[3].staffNumber", "rows[3].name",
                "rows[4].hiredOn", "rows[4].mobile",
                "rows[5].inRoleSince",
                "rows[6].hiredOn");
    }
}
