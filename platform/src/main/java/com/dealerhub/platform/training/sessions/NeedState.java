package com.dealerhub.platform.training.sessions;

/** Where a training need stands: the dealer submitted it; the training department answered it with a notice or declined it; the dealer withdrew it. */
public enum NeedState { SUBMITTED, ANSWERED, DECLINED, WITHDRAWN }
