package com.dealerhub.platform.complaints;

/** Where a complaint stands (DOMAIN section 3). CALLED_BACK is the end: the customer confirmed the closure. */
public enum ComplaintState { RECORDED, DISPATCHED, IN_PROGRESS, DELAYED, CLOSED, CALLED_BACK }
