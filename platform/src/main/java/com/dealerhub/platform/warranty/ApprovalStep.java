package com.dealerhub.platform.warranty;

/** An approver a claim passes through after auto-adjudication, and the role that acts for it. */
public enum ApprovalStep {
    FMC("oem-regional-manager"),
    TAC("oem-tac"),
    CLAIMS("oem-claims"),
    QUALITY("oem-quality");

    private final String role;

    ApprovalStep(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    /** The claim state while it waits for this approver. */
    public ClaimState pendingState() {
        return ClaimState.valueOf("PENDING_" + name());
    }
}
