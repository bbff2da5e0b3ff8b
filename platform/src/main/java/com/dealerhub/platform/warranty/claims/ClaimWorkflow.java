package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimState;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.warranty.adjudication.AutoAdjudication;

import java.util.List;
import java.util.Set;

/**
 * Who may move a warranty claim, and where it goes. The dealer's claims clerk (or its admin)
 * prepares, corrects and submits; auto-adjudication passes it to the first approver of its
 * chain, returns it or rejects it; each approver in turn approves (possibly with adjusted
 * amounts), returns or rejects; the claims department settles an approved claim.
 */
public final class ClaimWorkflow {

    public enum Decision { APPROVE, RETURN, REJECT }

    static final Set<String> PREPARING_ROLES = Set.of("dealer-claims", "dealer-admin");
    static final String SETTLING_ROLE = ApprovalStep.CLAIMS.role();

    private ClaimWorkflow() {
    }

    /** The dealer's claims staff may create, correct and submit a claim while it is with the dealer. */
    public static void requireMayPrepare(ClaimState current, Caller caller) {
        if (!caller.isDealerStaff() || PREPARING_ROLES.stream().noneMatch(caller::hasRole)) {
            throw new Forbidden("only the dealer's claims clerk or admin prepares warranty claims");
        }
        if (current != null && !current.withDealer()) {
            throw new Conflict("a claim that is " + current + " cannot be changed or submitted by the dealer");
        }
    }

    /** The approver step the caller acts for on a claim in this state, or why it may not. */
    public static ApprovalStep requireMayDecide(ClaimState current, Decision decision, Caller caller) {
        ApprovalStep awaited = current.awaitedStep().orElse(null);
        boolean approver = caller.isOemStaff() && Set.of(ApprovalStep.values()).stream().anyMatch(s -> caller.hasRole(s.role()));
        if (!approver) {
            throw new Forbidden("your role may not " + decision.name().toLowerCase() + " warranty claims");
        }
        if (awaited == null) {
            throw new Conflict("a claim that is " + current + " awaits no approver");
        }
        if (!caller.hasRole(awaited.role())) {
            throw new Forbidden("the claim waits for " + awaited + " (" + awaited.role() + ")");
        }
        return awaited;
    }

    /** Where auto-adjudication's outcome sends a submitted claim. */
    public static ClaimState afterSubmission(AutoAdjudication.Outcome outcome, List<ApprovalStep> chain) {
        return switch (outcome) {
            case PASS -> chain.getFirst().pendingState();
            case RETURN -> ClaimState.RETURNED;
            case REJECT -> ClaimState.REJECTED;
        };
    }

    /** Where an approver's decision at position {@code stepIndex} of the chain sends the claim. */
    public static ClaimState afterDecision(Decision decision, List<ApprovalStep> chain, int stepIndex) {
        return switch (decision) {
            case APPROVE -> stepIndex + 1 < chain.size() ? chain.get(stepIndex + 1).pendingState() : ClaimState.APPROVED;
            case RETURN -> ClaimState.RETURNED;
            case REJECT -> ClaimState.REJECTED;
        };
    }

    /** Only the claims department settles, and only an approved claim. */
    public static void requireMaySettle(ClaimState current, Caller caller) {
        if (!caller.isOemStaff() || !caller.hasRole(SETTLING_ROLE)) {
            throw new Forbidden("only the claims department (" + SETTLING_ROLE + ") settles claims");
        }
        if (current != ClaimState.APPROVED) {
            throw new Conflict("only an approved claim can be settled; this one is " + current);
        }
    }
}
