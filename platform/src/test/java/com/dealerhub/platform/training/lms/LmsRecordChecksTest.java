package com.dealerhub.platform.training.lms;

import com.dealerhub.common.problem.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LmsRecordChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static List<String> fieldsOf(LmsRequests.Record record) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LmsRecordChecks.check("", record, TODAY, errors);
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aCompletionAScoreOrBothMakeARecord() {
        assertThat(fieldsOf(new LmsRequests.Record("R-1", "T-1", "TECH-L1-STUDY", TODAY, null, null))).isEmpty();
        assertThat(fieldsOf(new LmsRequests.Record("R-2", "T-1", "TECH-L1-TEST", null, new BigDecimal("86.5"), TODAY))).isEmpty();
        assertThat(fieldsOf(new LmsRequests.Record("R-3", "T-1", "EV-HV-STUDY", TODAY, BigDecimal.TEN, TODAY))).isEmpty();
    }

    @Test
    void aRecordWithNeitherOrAScoreWithoutItsDayOrAFutureDayIsRefused() {
        assertThat(fieldsOf(new LmsRequests.Record("R-1", "T-1", "C", null, null, null))).containsExactly("completedOn");
        assertThat(fieldsOf(new LmsRequests.Record("R-1", "T-1", "C", null, new BigDecimal("80"), null))).containsExactly("testedOn");
        assertThat(fieldsOf(new LmsRequests.Record("R-1", "T-1", "C", TODAY.plusDays(1), null, null))).containsExactly("completedOn");
        assertThat(fieldsOf(new LmsRequests.Record("R 1", "T-1", "C", TODAY, new BigDecimal("100.001"), TODAY)))
                .containsExactly("recordId", "score");
    }

    @Test
    void aCourseDoneByCompletionHasNoPassScoreAndATestedOneHasOne() {
        List<Problem.FieldError> errors = new ArrayList<>();
        LmsRecordChecks.course("", new LmsRequests.Course("Study", Completion.COMPLETED, BigDecimal.TEN), errors);
        LmsRecordChecks.course("", new LmsRequests.Course("Test", Completion.PASSED, null), errors);
        LmsRecordChecks.course("", new LmsRequests.Course("Both", Completion.COMPLETED_AND_PASSED, new BigDecimal("90")), errors);
        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("passScore", "passScore");
    }
}
