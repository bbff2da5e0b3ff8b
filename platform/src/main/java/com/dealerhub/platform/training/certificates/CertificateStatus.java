package com.dealerhub.platform.training.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A certificate's status on a day, read live: never stored, never expired by a batch. A certificate
 * valid through D is valid on D and not on D+1; its level's renewal window is its last
 * {@code renewal_window_days} valid days, D included.
 */
public enum CertificateStatus {
    VALID, IN_RENEWAL_WINDOW, EXPIRED;

    /** Certificates are dated where the networks work. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Today in Asia/Shanghai by the clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static CertificateStatus on(LocalDate day, LocalDate validThrough, int renewalWindowDays) {
        if (day.isAfter(validThrough)) {
            return EXPIRED;
        }
        return day.isAfter(validThrough.minusDays(renewalWindowDays)) ? IN_RENEWAL_WINDOW : VALID;
    }

    /** Whether a certificate grants anything: valid, in its renewal window or not. */
    public boolean grants() {
        return this != EXPIRED;
    }
}
