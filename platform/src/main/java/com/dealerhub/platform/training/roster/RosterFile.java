package com.dealerhub.platform.training.roster;

import com.dealerhub.common.problem.Problem;
import com.dealerhub.platform.imports.ImportTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A roster as a file: one row per person and role, with the columns {@link #COLUMNS} (and optionally
 * {@link #OPTIONAL_COLUMNS}); a role is written as its name, e.g. {@code TECHNICIAN}.
 */
final class RosterFile {

    static final List<String> COLUMNS = List.of("staffNumber", "name", "role", "hiredOn");
    static final List<String> OPTIONAL_COLUMNS = List.of("inRoleSince", "mobile", "username");
    static final List<String> EXAMPLE = List.of("AUR-T0001", "王小明", "TECHNICIAN", "2022-03-01", "2023-01-01", "13800000000", "");

    private RosterFile() {
    }

    /** The rows as lines to store; a row with a mistake adds it to {@code errors} and yields no line. */
    static List<RosterPeople.Line> lines(ImportTable table, LocalDate today, List<Problem.FieldError> errors) {
        List<RosterPeople.Line> lines = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            List<Problem.FieldError> rowErrors = new ArrayList<>();
            RosterRequests.Add add = new RosterRequests.Add(row.text("staffNumber"), row.optionalText("name", rowErrors),
                    row.optionalText("mobile", rowErrors), row.optionalText("username", rowErrors), role(row, rowErrors),
                    row.date("hiredOn", rowErrors), row.date("inRoleSince", rowErrors));
            String at = row.field("");
            List<Problem.FieldError> ruleErrors = new ArrayList<>();
            RosterChecks.add(at, add, today, ruleErrors);
            List<String> unreadable = rowErrors.stream().map(Problem.FieldError::field).toList();
            ruleErrors.stream().filter(e -> !unreadable.contains(e.field())).forEach(rowErrors::add);
            if (rowErrors.isEmpty()) {
                lines.add(new RosterPeople.Line(at, add));
            }
            errors.addAll(rowErrors);
        }
        return lines;
    }

    private static RosterRole role(ImportTable.Row row, List<Problem.FieldError> errors) {
        String value = row.text("role").toUpperCase(Locale.ROOT).replace(' ', '_');
        if (value.isEmpty()) {
            return null;
        }
        try {
            return RosterRole.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(row.field("role"), "one of STATION_MANAGER, SERVICE_MANAGER, SERVICE_ADVISOR, "
                    + "TECHNICIAN, CLAIMS_CLERK, PARTS_CLERK"));
            return null;
        }
    }
}
