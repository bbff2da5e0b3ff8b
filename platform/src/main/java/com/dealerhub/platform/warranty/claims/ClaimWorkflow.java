package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.cases.workflow.Move;
import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimState;
import com.dealerhub.platform.warranty.adjudication.AutoAdjudication;

import java.util.Arrays;
import java.util.stream.Collectors;

import static com.dealerhub.platform.warranty.ClaimState.APPROVED;
import static com.dealerhub.platform.warranty.ClaimState.DRAFT;
import static com.dealerhub.platform.warranty.ClaimState.PENDING_CLAIMS;
import static com.dealerhub.platform.warranty.ClaimState.PENDING_FMC;
import static com.dealerhub.platform.warranty.ClaimState.PENDING_QUALITY;
import static com.dealerhub.platform.warranty.ClaimState.PENDING_TAC;
import static com.dealerhub.platform.warranty.ClaimState.REJECTED;
import static com.dealerhub.platform.warranty.ClaimState.RETURNED;
import static com.dealerhub.platform.warranty.ClaimState.SETTLED;

/**
 * Who may move a warranty claim, and where it goes. The dealer's claims clerk (or its admin)
 * prepares, corrects and submits; auto-adjudication passes it to the first approver of its
 * chain, returns it or rejects it; each approver in turn approves (possibly with adjusted
 * amounts), returns or rejects; the claims department settles an approved claim.
 */
public final class ClaimWorkflow {

    public enum Action { CORRECT, SUBMIT, APPROVE, RETURN, REJECT, SETTLE }

    /** Who drafts, corrects and submits claims. */
    static final Who<ClaimState> PREPARER = Who.dealer("dealer-claims", "dealer-admin");
    private static final Who<ClaimState> APPROVER = Who.awaitedApprover(
            Arrays.stream(ApprovalStep.values()).map(ApprovalStep::role).collect(Collectors.toSet()),
            state -> state.awaitedStep().map(ApprovalStep::role));
    private static final Who<ClaimState> CLAIMS_DEPARTMENT = Who.oem(ApprovalStep.CLAIMS.role());

    /**
     * SUBMIT leads to the first step of the network's chain for the claim's kind, unless
     * auto-adjudication sends the claim back or rejects it ({@link #afterAdjudication}).
     */
    public static final Workflow<ClaimState, Action> TABLE = Workflow.<ClaimState, Action>of("warranty claim").reasonIn("note")
            .step(Action.CORRECT, DRAFT).to(DRAFT).by(PREPARER).add()
            .step(Action.CORRECT, RETURNED).to(RETURNED).by(PREPARER).add()
            .step(Action.SUBMIT, DRAFT, RETURNED).toNextApprovalStep().by(PREPARER).add()
            .step(Action.APPROVE, PENDING_FMC, PENDING_TAC, PENDING_CLAIMS, PENDING_QUALITY).toNextApprovalStep().by(APPROVER).add()
            .step(Action.RETURN, PENDING_FMC, PENDING_TAC, PENDING_CLAIMS, PENDING_QUALITY).to(RETURNED).by(APPROVER).withReason().add()
            .step(Action.REJECT, PENDING_FMC, PENDING_TAC, PENDING_CLAIMS, PENDING_QUALITY).to(REJECTED).by(APPROVER).withReason().add()
            .step(Action.SETTLE, APPROVED).to(SETTLED).by(CLAIMS_DEPARTMENT).add()
            .build();

    private ClaimWorkflow() {
    }

    /** Where auto-adjudication's outcome sends a claim whose submission the table allowed. */
    public static ClaimState afterAdjudication(AutoAdjudication.Outcome outcome, Move<ClaimState, Action> submission) {
        return switch (outcome) {
            case PASS -> submission.to();
            case RETURN -> RETURNED;
            case REJECT -> REJECTED;
        };
    }
}
