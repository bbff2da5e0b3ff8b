package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.approval.CopiedChain;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Move;
import com.dealerhub.platform.cases.workflow.Target;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import com.dealerhub.platform.warranty.ClaimState;
import com.dealerhub.platform.warranty.adjudication.AutoAdjudication.Outcome;
import com.dealerhub.platform.warranty.claims.ClaimWorkflow.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.warranty.claims.ClaimWorkflow.TABLE;
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

    private static final Map<String, Caller> CALLERS = EveryMove.named("clerk", CLERK, "admin", DEALER_ADMIN,
            "technician", TECHNICIAN, "fmc", FMC, "tac", TAC, "claims", CLAIMS, "quality", QUALITY, "analyst", ANALYST);

    private static final Target.Chain<ClaimState> ANY_CHAIN = () -> ClaimState.APPROVED;

    private static Caller dealer(String role) {
        return new Caller("d", Set.of(role), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    }

    private static Caller oem(String role) {
        return new Caller("o", Set.of(role), "aurora", null, CallerScope.NETWORK, Set.of());
    }

    static Stream<Arguments> everyMove() {
        return EveryMove.of(ClaimState.class, Action.class, CALLERS.keySet(), EveryMove.moves(
                "clerk DRAFT CORRECT", "clerk DRAFT SUBMIT", "clerk RETURNED CORRECT", "clerk RETURNED SUBMIT",
                "admin DRAFT CORRECT", "admin DRAFT SUBMIT", "admin RETURNED CORRECT", "admin RETURNED SUBMIT",
                "fmc PENDING_FMC APPROVE", "fmc PENDING_FMC RETURN", "fmc PENDING_FMC REJECT",
                "tac PENDING_TAC APPROVE", "tac PENDING_TAC RETURN", "tac PENDING_TAC REJECT",
                "claims PENDING_CLAIMS APPROVE", "claims PENDING_CLAIMS RETURN", "claims PENDING_CLAIMS REJECT",
                "claims APPROVED SETTLE",
                "quality PENDING_QUALITY APPROVE", "quality PENDING_QUALITY RETURN", "quality PENDING_QUALITY REJECT"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("everyMove")
    void theTableAllowsExactlyTheseMoves(String caller, ClaimState state, Action action, boolean allowed) {
        EveryMove.check(TABLE, CALLERS.get(caller), state, action, allowed, ANY_CHAIN);
    }

    @Test
    void aClaimOutOfTheDealersHandsIsAConflictForTheDealerAndATechnicianIsForbidden() {
        assertThatThrownBy(() -> TABLE.decide(ClaimState.PENDING_CLAIMS, Action.CORRECT, CLERK, Workflow.Inputs.none()))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.DRAFT, Action.SUBMIT, TECHNICIAN, Workflow.Inputs.none(), ANY_CHAIN))
                .isInstanceOf(Forbidden.class);
        assertThat(ClaimWorkflow.PREPARER.mayEverAct(CLERK)).isTrue();
        assertThat(ClaimWorkflow.PREPARER.mayEverAct(CLAIMS)).isFalse();
    }

    @Test
    void adjudicationSendsAPassingClaimToTheFirstApproverOfItsChain() {
        List<ApprovalStep> chain = ClaimKind.SPECIAL_PART.defaultChain();
        Move<ClaimState, Action> submission = TABLE.decide(ClaimState.DRAFT, Action.SUBMIT, CLERK, Workflow.Inputs.none(),
                () -> chain.getFirst().pendingState());

        assertThat(ClaimWorkflow.afterAdjudication(Outcome.PASS, submission)).isEqualTo(ClaimState.PENDING_TAC);
        assertThat(ClaimWorkflow.afterAdjudication(Outcome.RETURN, submission)).isEqualTo(ClaimState.RETURNED);
        assertThat(ClaimWorkflow.afterAdjudication(Outcome.REJECT, submission)).isEqualTo(ClaimState.REJECTED);
    }

    @Test
    void eachApprovalPassesToTheNextApproverOfTheCopiedChainAndTheLastApproves() {
        CopiedChain chain = CopiedChain.of(List.of("FMC", "CLAIMS", "QUALITY"));
        var next = chain.next((String step) -> ApprovalStep.valueOf(step).pendingState(), ClaimState.APPROVED);

        assertThat(TABLE.decide(ClaimState.PENDING_FMC, Action.APPROVE, FMC, Workflow.Inputs.none(), next).to())
                .isEqualTo(ClaimState.PENDING_CLAIMS);
        chain.advance();
        assertThat(TABLE.decide(ClaimState.PENDING_CLAIMS, Action.APPROVE, CLAIMS, Workflow.Inputs.none(), next).to())
                .isEqualTo(ClaimState.PENDING_QUALITY);
        chain.advance();
        assertThat(TABLE.decide(ClaimState.PENDING_QUALITY, Action.APPROVE, QUALITY, Workflow.Inputs.none(), next).to())
                .isEqualTo(ClaimState.APPROVED);
        assertThat(TABLE.decide(ClaimState.PENDING_QUALITY, Action.RETURN, QUALITY, Workflow.Inputs.reason("photo missing"), next).to())
                .isEqualTo(ClaimState.RETURNED);
    }

    @Test
    void onlyTheAwaitedApproverDecides() {
        assertThatThrownBy(() -> TABLE.decide(ClaimState.PENDING_CLAIMS, Action.APPROVE, QUALITY, Workflow.Inputs.none(), ANY_CHAIN))
                .isInstanceOf(Forbidden.class).hasMessageContaining("waits for another approver");
        assertThatThrownBy(() -> TABLE.decide(ClaimState.PENDING_CLAIMS, Action.APPROVE, CLERK, Workflow.Inputs.none(), ANY_CHAIN))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.PENDING_CLAIMS, Action.APPROVE, ANALYST, Workflow.Inputs.none(), ANY_CHAIN))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.RETURNED, Action.APPROVE, CLAIMS, Workflow.Inputs.none(), ANY_CHAIN))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.APPROVED, Action.REJECT, CLAIMS, Workflow.Inputs.reason("x")))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.PENDING_CLAIMS, Action.REJECT, CLAIMS, Workflow.Inputs.none()))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void onlyTheClaimsDepartmentSettlesAndOnlyApprovedClaims() {
        assertThat(TABLE.decide(ClaimState.APPROVED, Action.SETTLE, CLAIMS, Workflow.Inputs.none()).to()).isEqualTo(ClaimState.SETTLED);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.APPROVED, Action.SETTLE, QUALITY, Workflow.Inputs.none())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.APPROVED, Action.SETTLE, CLERK, Workflow.Inputs.none())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.PENDING_CLAIMS, Action.SETTLE, CLAIMS, Workflow.Inputs.none())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> TABLE.decide(ClaimState.SETTLED, Action.SETTLE, CLAIMS, Workflow.Inputs.none())).isInstanceOf(Conflict.class);
    }

    @Test
    void anOdometerRollbackNeedsTheFmcsSignedStatementBeforeTheFmcApproves() {
        assertThat(ClaimKind.ODOMETER_ROLLBACK.evidenceToApprove(ApprovalStep.FMC)).isEqualTo(ClaimKind.SIGNED_STATEMENT);
        assertThat(ClaimKind.ODOMETER_ROLLBACK.evidenceToApprove(ApprovalStep.CLAIMS)).isNull();
        assertThat(ClaimKind.REGULAR.evidenceToApprove(ApprovalStep.CLAIMS)).isNull();
    }
}
