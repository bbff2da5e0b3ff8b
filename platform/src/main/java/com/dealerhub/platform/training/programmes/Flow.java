package com.dealerhub.platform.training.programmes;

/** How a programme level is certified (DOMAIN section 5). */
public enum Flow {
    /** Application after the LMS study and online test, check, invitation, attendance, result. */
    TECHNICIAN,
    /** Registration of a qualifying service advisor, check, invitation, certification, result. */
    SA_BRONZE,
    /** Registration, check, written exam, then practical training and certification, result. */
    SA_SILVER;

    /** Whether a written exam comes between the check and the certification session. */
    public boolean hasWrittenExam() {
        return this == SA_SILVER;
    }
}
