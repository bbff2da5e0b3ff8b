package com.dealerhub.platform.training.certification;

/**
 * Where a certification application stands. A technician application and a bronze registration
 * wait in APPLIED for the check; a silver registration waits in REGISTERED_FOR_EXAM, is checked to
 * EXAM_DUE and takes the written exam first. Both reach ELIGIBLE before the invitation to certification.
 */
public enum CertificationState {
    APPLIED, REGISTERED_FOR_EXAM, EXAM_DUE, EXAM_INVITED, ELIGIBLE, INVITED, ATTENDED, CERTIFIED, FAILED, REJECTED, WITHDRAWN
}
