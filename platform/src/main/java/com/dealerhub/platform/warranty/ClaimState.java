package com.dealerhub.platform.warranty;

import java.util.Arrays;
import java.util.Optional;

/** Where a warranty claim stands: with the dealer, with one approver, or done. */
public enum ClaimState {
    DRAFT, RETURNED, PENDING_FMC, PENDING_TAC, PENDING_CLAIMS, PENDING_QUALITY, APPROVED, REJECTED, SETTLED;

    /** The approver the claim waits for in this state, if any. */
    public Optional<ApprovalStep> awaitedStep() {
        return Arrays.stream(ApprovalStep.values()).filter(step -> step.pendingState() == this).findFirst();
    }

    /** The dealer may edit and (re)submit the claim. */
    public boolean withDealer() {
        return this == DRAFT || this == RETURNED;
    }
}
