package com.dealerhub.platform.complaints;

/** What can be done to a complaint; who may do it from where is {@link ComplaintWorkflow#TABLE}. */
public enum ComplaintAction {
    DISPATCH, CONTACT, REPORT_PROGRESS, UPDATE_CUSTOMER, FILE_DELAY, CLOSE, CONFIRM_CLOSURE, REPORT_FALSE_CLOSURE, REPLY
}
