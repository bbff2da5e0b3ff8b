package com.dealerhub.platform.cases;

/** What a user can do to a generic case; the transition table is {@link CaseWorkflow}. */
public enum CaseAction {
    START, RESOLVE, REOPEN, CLOSE
}
