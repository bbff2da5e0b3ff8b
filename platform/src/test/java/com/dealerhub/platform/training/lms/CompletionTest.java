package com.dealerhub.platform.training.lms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What "done" means per course: completed, passed at the pass score, or both; counted from a date. */
class CompletionTest {

    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    static final BigDecimal PASS = new BigDecimal("80");

    @Test
    void passedMeansAScoreAtOrAboveThePassScore() {
        var below = new Completion.Attempt(null, new BigDecimal("79.99"), MAY_1);
        var at = new Completion.Attempt(null, new BigDecimal("80.00"), MAY_1.plusDays(3));
        assertEquals(Optional.empty(), Completion.PASSED.doneOn(PASS, List.of(below), LocalDate.MIN));
        assertEquals(Optional.of(MAY_1.plusDays(3)), Completion.PASSED.doneOn(PASS, List.of(below, at), LocalDate.MIN));
    }

    @Test
    void completedAndPassedIsDoneOnTheLaterOfTheTwo() {
        var completed = new Completion.Attempt(MAY_1.plusDays(5), null, null);
        var passed = new Completion.Attempt(null, new BigDecimal("95"), MAY_1);
        assertEquals(Optional.of(MAY_1.plusDays(5)), Completion.COMPLETED_AND_PASSED.doneOn(PASS, List.of(completed, passed), LocalDate.MIN));
        assertEquals(Optional.empty(), Completion.COMPLETED_AND_PASSED.doneOn(PASS, List.of(completed), LocalDate.MIN));
        assertEquals(Optional.of(MAY_1.plusDays(5)), Completion.COMPLETED.doneOn(null, List.of(completed, passed), LocalDate.MIN));
    }

    @Test
    void recordsBeforeTheDayEvidenceCountsFromAreNotReused() {
        var old = new Completion.Attempt(MAY_1.minusDays(1), new BigDecimal("90"), MAY_1.minusDays(1));
        var fresh = new Completion.Attempt(MAY_1, null, null);
        assertEquals(Optional.empty(), Completion.PASSED.doneOn(PASS, List.of(old), MAY_1));
        assertEquals(Optional.of(MAY_1), Completion.COMPLETED.doneOn(null, List.of(old, fresh), MAY_1));
    }
}
