package com.dealerhub.platform.training.lms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What "done" means for an LMS course: the study completed, the online test passed (a score at or
 * above the course's pass score), or both. A course is done on the day its last condition was met.
 */
public enum Completion {
    COMPLETED, PASSED, COMPLETED_AND_PASSED;

    /** One record the LMS sent: a completion date, a test score with its date, or both. */
    public record Attempt(LocalDate completedOn, BigDecimal score, LocalDate testedOn) {
    }

    /**
     * The day the course was done by these records, counting only records dated on or after
     * {@code notBefore} (a renewal does not reuse passes older than its window); empty when not done.
     */
    public Optional<LocalDate> doneOn(BigDecimal passScore, Collection<Attempt> attempts, LocalDate notBefore) {
        Optional<LocalDate> completed = attempts.stream().map(Attempt::completedOn).filter(Objects::nonNull)
                .filter(day -> !day.isBefore(notBefore)).min(Comparator.naturalOrder());
        Optional<LocalDate> passed = attempts.stream()
                .filter(a -> a.score() != null && passScore != null && a.score().compareTo(passScore) >= 0)
                .map(Attempt::testedOn).filter(day -> !day.isBefore(notBefore)).min(Comparator.naturalOrder());
        return switch (this) {
            case COMPLETED -> completed;
            case PASSED -> passed;
            case COMPLETED_AND_PASSED -> completed.isPresent() && passed.isPresent()
                    ? Optional.of(later(completed.get(), passed.get())) : Optional.empty();
        };
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
