package com.dealerhub.platform.training.lms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the LMS API. */
public final class LmsRequests {

    private LmsRequests() {
    }

    /** A course as the training department defines it: what "done" means and, for a test, the pass score. */
    public record Course(String name, Completion completion, BigDecimal passScore) {
    }

    /**
     * One record the LMS sends: a study completed on a day, a test score with the day of the test, or
     * both. The record id is the LMS's own: the same id is the same record.
     */
    public record Record(String recordId, String staffNumber, String course, LocalDate completedOn, BigDecimal score,
                         LocalDate testedOn) {
    }

    /** Records sent together; each is answered on its own. */
    public record Batch(List<Record> records) {
    }
}
