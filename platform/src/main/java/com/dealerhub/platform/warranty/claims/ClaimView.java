package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import com.dealerhub.platform.cases.CaseView;
import com.dealerhub.platform.training.certificates.Technicians;
import com.dealerhub.platform.warranty.adjudication.RuleResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A warranty claim as the API returns it: its case (number, state, timeline), the repair, the
 * priced lines, where it is in its approval chain, and what auto-adjudication found.
 *
 * @param technicians    who did the repair, as the dealer named them
 * @param awaiting       the approver the claim waits for, or null
 * @param allowedActions what the caller may do to the claim now ({@link ClaimWorkflow#TABLE})
 */
public record ClaimView(CaseView claim, ClaimKind kind, String idempotencyKey, ClaimRepair repair,
                        List<Technicians.Named> technicians, ClaimLines lines,
                        BigDecimal laborRate, BigDecimal claimedAmount, BigDecimal approvedAmount,
                        List<ApprovalStep> chain, ApprovalStep awaiting, Adjudication adjudication, int submissions,
                        Instant submittedAt, Instant settledAt, List<String> allowedActions) {

    /** The latest auto-adjudication: outcome, the settings version it used, and every rule's result. */
    public record Adjudication(String outcome, Integer settingsVersion, List<RuleResult> results) {
    }

    static ClaimView of(WarrantyClaim c, List<Technicians.Named> technicians, Caller caller) {
        // Until an approver approves, no line is approved either, whatever amounts the lines would pay.
        ClaimLines lines = c.approvedAmount() == null ? c.lines().unapproved() : c.lines();
        CaseView claim = CaseView.of(c.serviceCase(), ClaimWorkflow.TABLE.allowedActions(c.state(), caller));
        return new ClaimView(claim, c.kind(), c.idempotencyKey(), c.repair(), technicians, lines, c.laborRate(),
                c.claimedAmount(), c.approvedAmount(), c.chain(), c.state().awaitedStep().orElse(null),
                VerdictRecord.read(c.adjudicationJson(), c.settingsVersion()), c.submissions(), c.submittedAt(), c.settledAt(),
                claim.allowedActions());
    }
}
