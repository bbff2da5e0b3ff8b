package com.dealerhub.platform.training.sessions;

/**
 * What a session is: a training course (whose attendance a certification prerequisite reads), a
 * written exam or a certification of a programme level (seats taken by certification applications).
 */
public enum SessionKind {
    TRAINING, WRITTEN_EXAM, CERTIFICATION;

    /** Whether a dealer enrols its people itself; exam and certification seats come with an application's invitation. */
    public boolean openToEnrolment() {
        return this == TRAINING;
    }
}
