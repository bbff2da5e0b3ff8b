package com.dealerhub.platform.training.roster;

import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.web.CleanText;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a roster entry, shared by the API and the file import: each mistake is added to
 * {@code errors} under {@code at} + the field's name ({@code ""} for a request, {@code rows[3].} for a row).
 */
final class RosterChecks {

    static final Pattern STAFF_NUMBER = Pattern.compile("[A-Za-z0-9-]{3,32}");
    static final Pattern MOBILE = Pattern.compile("\\+?\\d{6,15}");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    static final int MAX_NAME = 100;

    private RosterChecks() {
    }

    static void staffNumber(String at, String staffNumber, List<Problem.FieldError> errors) {
        if (staffNumber == null || staffNumber.isBlank()) {
            errors.add(new Problem.FieldError(at + "staffNumber", "is required"));
        } else if (!STAFF_NUMBER.matcher(staffNumber.strip()).matches()) {
            errors.add(new Problem.FieldError(at + "staffNumber", "3 to 32 letters, digits or '-'"));
        }
    }

    static void person(String at, String name, String mobile, String username, List<Problem.FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new Problem.FieldError(at + "name", "is required"));
        } else if (name.strip().length() > MAX_NAME) {
            errors.add(new Problem.FieldError(at + "name", "at most " + MAX_NAME + " characters"));
        } else if (CleanText.flaw(name) != null) {
            errors.add(new Problem.FieldError(at + "name", CleanText.flaw(name)));
        }
        if (blankToNull(mobile) != null && !MOBILE.matcher(mobile.strip()).matches()) {
            errors.add(new Problem.FieldError(at + "mobile", "a mobile number of 6 to 15 digits"));
        }
        if (blankToNull(username) != null && !USERNAME.matcher(username.strip()).matches()) {
            errors.add(new Problem.FieldError(at + "username", "a console username: lower-case letters, digits, '.', '_', '@' or '-'"));
        }
    }

    /**
     * Hired on or before today; in the role from the hire date on, not after today; left (the last day
     * in the role) on or after the day the role began.
     */
    static void dates(String at, LocalDate hiredOn, LocalDate inRoleSince, LocalDate leftOn, LocalDate today,
                      List<Problem.FieldError> errors) {
        if (hiredOn == null) {
            errors.add(new Problem.FieldError(at + "hiredOn", "is required"));
        } else if (hiredOn.isAfter(today)) {
            errors.add(new Problem.FieldError(at + "hiredOn", "must not be after today (" + today + ")"));
        }
        if (inRoleSince != null && hiredOn != null && inRoleSince.isBefore(hiredOn)) {
            errors.add(new Problem.FieldError(at + "inRoleSince", "must not be before the hire date " + hiredOn));
        } else if (inRoleSince != null && inRoleSince.isAfter(today)) {
            errors.add(new Problem.FieldError(at + "inRoleSince", "must not be after today (" + today + ")"));
        }
        LocalDate roleBegan = inRoleSince != null ? inRoleSince : hiredOn;
        if (leftOn != null && roleBegan != null && leftOn.isBefore(roleBegan)) {
            errors.add(new Problem.FieldError(at + "leftOn", "must not be before the day the role began, " + roleBegan));
        }
    }

    static void add(String at, RosterRequests.Add add, LocalDate today, List<Problem.FieldError> errors) {
        staffNumber(at, add.staffNumber(), errors);
        person(at, add.name(), add.mobile(), add.username(), errors);
        if (add.role() == null) {
            errors.add(new Problem.FieldError(at + "role", "is required"));
        }
        dates(at, add.hiredOn(), add.inRoleSince(), null, today, errors);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
