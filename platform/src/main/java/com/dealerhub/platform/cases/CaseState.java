package com.dealerhub.platform.cases;

public enum CaseState {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED
}
