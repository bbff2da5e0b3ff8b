package com.dealerhub.platform.training.programmes;

import java.time.LocalDate;

/**
 * A level of a certification programme as the network configured it: how it is certified, how
 * long a certificate lasts, when it may be renewed, and its prerequisites (a null prerequisite does not apply).
 *
 * @param role                the roster role the programme certifies (SERVICE_ADVISOR, TECHNICIAN)
 * @param minCaseStudies      the case studies a registration must carry (SA silver's "submitted cases")
 * @param prerequisiteLevel   a lower level of the same programme that must be held, valid
 */
public record ProgrammeLevel(String network, String programme, String programmeName, String role, boolean requiredPerDealer,
                             int level, String name, Flow flow, int validityMonths, int renewalWindowDays,
                             String studyCourse, String testCourse, String trainingCourse, Integer minYearsInRole,
                             Integer minCaseStudies, Integer prerequisiteLevel) {

    /**
     * The first day a certificate valid through {@code validThrough} may be renewed: the window is the
     * last {@code renewalWindowDays} days of its validity, both ends included.
     */
    public LocalDate renewalWindowOpensOn(LocalDate validThrough) {
        return renewalWindowOpensOn(validThrough, renewalWindowDays);
    }

    public static LocalDate renewalWindowOpensOn(LocalDate validThrough, int windowDays) {
        return validThrough.minusDays(windowDays - 1L);
    }

    /** The last day of validity of a certificate valid from {@code from}: the day before the same date validityMonths later. */
    public LocalDate validThrough(LocalDate from) {
        return from.plusMonths(validityMonths).minusDays(1);
    }
}
