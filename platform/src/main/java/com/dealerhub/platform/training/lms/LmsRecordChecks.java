package com.dealerhub.platform.training.lms;

import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.web.CleanText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one LMS record, shared by the batch API and the file import; each mistake is added
 * under {@code at} + the field's name.
 */
final class LmsRecordChecks {

    static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern STAFF_NUMBER = Pattern.compile("[A-Za-z0-9-]{3,32}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LmsRecordChecks() {
    }

    static void check(String at, LmsRequests.Record record, LocalDate today, List<Problem.FieldError> errors) {
        if (record.recordId() == null || !RECORD_ID.matcher(record.recordId()).matches()) {
            errors.add(new Problem.FieldError(at + "recordId", "the LMS's id of the record: 1 to 64 letters, digits, '.', '_', ':' or '-'"));
        }
        if (record.staffNumber() == null || !STAFF_NUMBER.matcher(record.staffNumber().strip()).matches()) {
            errors.add(new Problem.FieldError(at + "staffNumber", "3 to 32 letters, digits or '-'"));
        }
        if (record.course() == null || !CODE.matcher(record.course().strip()).matches()) {
            errors.add(new Problem.FieldError(at + "course", "a course code such as TECH-L1-STUDY"));
        }
        if (record.completedOn() == null && record.score() == null) {
            errors.add(new Problem.FieldError(at + "completedOn", "a record has a completion date, a score, or both"));
        }
        day(at + "completedOn", record.completedOn(), today, errors);
        if (record.score() != null && (record.score().signum() < 0 || record.score().compareTo(HUNDRED) > 0
                || record.score().stripTrailingZeros().scale() > 2)) {
            errors.add(new Problem.FieldError(at + "score", "a score from 0 to 100 with at most two decimals"));
        }
        if (record.score() != null && record.testedOn() == null) {
            errors.add(new Problem.FieldError(at + "testedOn", "a score needs the day of the test"));
        } else if (record.score() == null && record.testedOn() != null) {
            errors.add(new Problem.FieldError(at + "score", "a test day needs its score"));
        }
        day(at + "testedOn", record.testedOn(), today, errors);
    }

    private static void day(String field, LocalDate day, LocalDate today, List<Problem.FieldError> errors) {
        if (day != null && day.isAfter(today)) {
            errors.add(new Problem.FieldError(field, "must not be after today (" + today + ")"));
        }
    }

    static void course(String at, LmsRequests.Course course, List<Problem.FieldError> errors) {
        if (course.name() == null || course.name().isBlank() || course.name().strip().length() > 200) {
            errors.add(new Problem.FieldError(at + "name", "is required, at most 200 characters"));
        } else if (CleanText.flaw(course.name()) != null) {
            errors.add(new Problem.FieldError(at + "name", CleanText.flaw(course.name())));
        }
        if (course.completion() == null) {
            errors.add(new Problem.FieldError(at + "completion", "is required: COMPLETED, PASSED or COMPLETED_AND_PASSED"));
        } else if (course.completion() == Completion.COMPLETED && course.passScore() != null) {
            errors.add(new Problem.FieldError(at + "passScore", "a course done by completion alone has no pass score"));
        } else if (course.completion() != Completion.COMPLETED && course.passScore() == null) {
            errors.add(new Problem.FieldError(at + "passScore", "a course with a test needs its pass score"));
        }
        if (course.passScore() != null && (course.passScore().signum() < 0 || course.passScore().compareTo(HUNDRED) > 0
                || course.passScore().stripTrailingZeros().scale() > 2)) {
            errors.add(new Problem.FieldError(at + "passScore", "a score from 0 to 100 with at most two decimals"));
        }
    }
}
