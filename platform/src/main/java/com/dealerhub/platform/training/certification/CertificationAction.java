package com.dealerhub.platform.training.certification;

/** The steps of a certification application. */
public enum CertificationAction {
    CHECK, REJECT, INVITE_TO_EXAM, PASS_EXAM, FAIL_EXAM, INVITE, RECORD_ATTENDANCE, RECORD_ABSENCE, PASS, FAIL, WITHDRAW
}
