package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import com.dealerhub.platform.warranty.ClaimState;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.warranty.adjudication.AutoAdjudication.Outcome;
import com.dealerhub.platform.warranty.claims.ClaimWorkflow.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimWorkflowTest {

    private static final Caller CLERK = dealer("dealer-claims");
    private static final Caller DEALER_ADMIN = dealer("dealer-admin");
    private static final Caller TECHNICIAN = dealer("dealer-technician");
    private static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    private static final Caller TAC = new Caller("t", Set.of("oem-tac"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    private static final Caller CLAIMS = oem("oem-claims");
    private static final Caller QUALITY = oem("oem-quality");
    private static final Caller ANALYST = oem("oem-analyst");

    private static Caller dealer(String role) {
        return new Caller("d", Set.of(role), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    }

    private static Caller oem(String role) {
        return new Caller("o", Set.of(role), "aurora", null, CallerScope.NETWORK, Set.of());
    }

    @Test
    void theClaimsClerkAndTheDealerAdminPrepareClaimsWhileTheyAreWithTheDealer() {
        ClaimWorkflow.requireMayPrepare(null, CLERK);
        ClaimWorkflow.requireMayPrepare(ClaimState.DRAFT, CLERK);
        ClaimWorkflow.requireMayPrepare(ClaimState.RETURNED, DEALER_ADMIN);

        assertThatThrownBy(() -> ClaimWorkflow.requireMayPrepare(ClaimState.DRAFT, TECHNICIAN)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ClaimWorkflow.requireMayPrepare(null, CLAIMS)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ClaimWorkflow.requireMayPrepare(ClaimState.PENDING_CLAIMS, CLERK)).isInstanceOf(Conflict.class);
    }

    @ParameterizedTest
    @EnumSource(value = ClaimState.class, names = {"PENDING_CLAIMS", "APPROVED", "REJECTED", "SETTLED"})
    void aClaimOutOfTheDealersHandsCannotBeEditedByIt(ClaimState state) {
        assertThatThrownBy(() -> ClaimWorkflow.requireMayPrepare(state, CLERK)).isInstanceOf(Conflict.class);
    }

    @Test
    void adjudicationSendsAPassingClaimToTheFirstApproverOfItsChain() {
        assertThat(ClaimWorkflow.afterSubmission(Outcome.PASS, ClaimKind.REGULAR.defaultChain())).isEqualTo(ClaimState.PENDING_CLAIMS);
        assertThat(ClaimWorkflow.afterSubmission(Outcome.PASS, ClaimKind.SPECIAL_PART.defaultChain())).isEqualTo(ClaimState.PENDING_TAC);
        assertThat(ClaimWorkflow.afterSubmission(Outcome.PASS, ClaimKind.ODOMETER_ROLLBACK.defaultChain())).isEqualTo(ClaimState.PENDING_FMC);
        assertThat(ClaimWorkflow.afterSubmission(Outcome.RETURN, ClaimKind.REGULAR.defaultChain())).isEqualTo(ClaimState.RETURNED);
        assertThat(ClaimWorkflow.afterSubmission(Outcome.REJECT, ClaimKind.REGULAR.defaultChain())).isEqualTo(ClaimState.REJECTED);
    }

    @Test
    void eachApprovalPassesToTheNextApproverAndTheLastApproves() {
        List<ApprovalStep> chain = ClaimKind.ODOMETER_ROLLBACK.defaultChain();

        assertThat(ClaimWorkflow.afterDecision(Decision.APPROVE, chain, 0)).isEqualTo(ClaimState.PENDING_CLAIMS);
        assertThat(ClaimWorkflow.afterDecision(Decision.APPROVE, chain, 1)).isEqualTo(ClaimState.PENDING_QUALITY);
        assertThat(ClaimWorkflow.afterDecision(Decision.APPROVE, chain, 2)).isEqualTo(ClaimState.APPROVED);
        assertThat(ClaimWorkflow.afterDecision(Decision.RETURN, chain, 1)).isEqualTo(ClaimState.RETURNED);
        assertThat(ClaimWorkflow.afterDecision(Decision.REJECT, chain, 2)).isEqualTo(ClaimState.REJECTED);
    }

    @Test
    void onlyTheAwaitedApproverDecides() {
        assertThat(ClaimWorkflow.requireMayDecide(ClaimState.PENDING_FMC, Decision.APPROVE, FMC)).isEqualTo(ApprovalStep.FMC);
        assertThat(ClaimWorkflow.requireMayDecide(ClaimState.PENDING_TAC, Decision.RETURN, TAC)).isEqualTo(ApprovalStep.TAC);
        assertThat(ClaimWorkflow.requireMayDecide(ClaimState.PENDING_CLAIMS, Decision.REJECT, CLAIMS)).isEqualTo(ApprovalStep.CLAIMS);
        assertThat(ClaimWorkflow.requireMayDecide(ClaimState.PENDING_QUALITY, Decision.APPROVE, QUALITY)).isEqualTo(ApprovalStep.QUALITY);

        assertThatThrownBy(() -> ClaimWorkflow.requireMayDecide(ClaimState.PENDING_CLAIMS, Decision.APPROVE, QUALITY))
                .isInstanceOf(Forbidden.class).hasMessageContaining("waits for CLAIMS");
        assertThatThrownBy(() -> ClaimWorkflow.requireMayDecide(ClaimState.PENDING_CLAIMS, Decision.APPROVE, CLERK))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ClaimWorkflow.requireMayDecide(ClaimState.PENDING_CLAIMS, Decision.APPROVE, ANALYST))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ClaimWorkflow.requireMayDecide(ClaimState.RETURNED, Decision.APPROVE, CLAIMS))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> ClaimWorkflow.requireMayDecide(ClaimState.APPROVED, Decision.REJECT, CLAIMS))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void onlyTheClaimsDepartmentSettlesAndOnlyApprovedClaims() {
        ClaimWorkflow.requireMaySettle(ClaimState.APPROVED, CLAIMS);

        assertThatThrownBy(() -> ClaimWorkflow.requireMaySettle(ClaimState.APPROVED, QUALITY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ClaimWorkflow.requireMaySettle(ClaimState.APPROVED, CLERK)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ClaimWorkflow.requireMaySettle(ClaimState.PENDING_CLAIMS, CLAIMS)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> ClaimWorkflow.requireMaySettle(ClaimState.SETTLED, CLAIMS)).isInstanceOf(Conflict.class);
    }

    @Test
    void anOdometerRollbackNeedsTheFmcsSignedStatementBeforeTheFmcApproves() {
        assertThat(ClaimKind.ODOMETER_ROLLBACK.evidenceToApprove(ApprovalStep.FMC)).isEqualTo(ClaimKind.SIGNED_STATEMENT);
        assertThat(ClaimKind.ODOMETER_ROLLBACK.evidenceToApprove(ApprovalStep.CLAIMS)).isNull();
        assertThat(ClaimKind.REGULAR.evidenceToApprove(ApprovalStep.CLAIMS)).isNull();
    }
}
