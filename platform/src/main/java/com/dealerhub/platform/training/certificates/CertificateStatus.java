package com.dealerhub.platform.training.certificates;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;
import java.time.LocalDate;

/**
 * A certificate's status on a day, read live: never stored, never expired by a batch. A certificate
 * valid through D is valid on D and not on D+1; its level's renewal window is its last
 * {@code renewal_window_days} valid days, D included.
 */
public enum CertificateStatus {
    VALID, IN_RENEWAL_WINDOW, EXPIRED;

    public static CertificateStatus on(LocalDate day, LocalDate validThrough, int renewalWindowDays) {
        if (day.isAfter(validThrough)) {
            return EXPIRED;
        }
        return day.isBefore(ProgrammeLevel.renewalWindowOpensOn(validThrough, renewalWindowDays)) ? VALID : IN_RENEWAL_WINDOW;
    }

    /** Whether a certificate grants anything: valid, in its renewal window or not. */
    public boolean grants() {
        return this != EXPIRED;
    }
}
