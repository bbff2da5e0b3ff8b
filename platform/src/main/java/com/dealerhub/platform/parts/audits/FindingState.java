package com.dealerhub.platform.parts.audits;

/** Where an audit finding stands: open against the dealer, answered by the dealer, or closed by the parts department. */
public enum FindingState { OPEN, RESPONDED, CLOSED }
