package com.dealerhub.platform.cases.workflow;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel's workflow table on a small example: a two-step approval chain after the dealer submits. */
class WorkflowTest {

    enum State { DRAFT, PENDING_TAC, PENDING_CLAIMS, APPROVED }

    enum Action { SUBMIT, APPROVE }

    static final Workflow<State, Action> TABLE = Workflow.<State, Action>of("request")
            .step(Action.SUBMIT, State.DRAFT).to(State.PENDING_TAC).by(Who.dealer("dealer-claims"))
                .needs(Evidence.of("PHOTO", "dealer-claims")).add()
            .step(Action.APPROVE, State.PENDING_TAC, State.PENDING_CLAIMS).toNextApprovalStep()
                .by(Who.awaitedApprover(Set.of("oem-tac", "oem-claims"), s -> switch (s) {
                    case PENDING_TAC -> Optional.of("oem-tac");
                    case PENDING_CLAIMS -> Optional.of("oem-claims");
                    default -> Optional.empty();
                })).withReason().add()
            .build();

    static final Caller CLERK = new Caller("c", Set.of("dealer-claims"), "n", "d1", CallerScope.DEALER, Set.of());
    static final Caller TAC = new Caller("t", Set.of("oem-tac"), "n", null, CallerScope.REGIONS, Set.of("r1"));
    static final Caller CLAIMS = new Caller("k", Set.of("oem-claims"), "n", null, CallerScope.NETWORK, Set.of());
    static final Caller OEM_WITH_DEALER_ROLE = new Caller("o", Set.of("dealer-claims"), "n", null, CallerScope.NETWORK, Set.of());

    @Test
    void anApprovalStepLeadsWhereTheCasesChainSays() {
        var move = TABLE.decide(State.PENDING_TAC, Action.APPROVE, TAC, Workflow.Inputs.reason("ok"), () -> State.PENDING_CLAIMS);
        assertEquals(State.PENDING_CLAIMS, move.to());
    }

    @Test
    void anotherApproverIsForbiddenWhileTheCaseWaitsForTheFirst() {
        assertThrows(Forbidden.class, () -> TABLE.decide(State.PENDING_TAC, Action.APPROVE, CLAIMS, Workflow.Inputs.reason("ok"),
                () -> State.APPROVED));
    }

    @Test
    void aRoleOnTheWrongSideNeverActs() {
        assertThrows(Forbidden.class, () -> TABLE.decide(State.DRAFT, Action.SUBMIT, OEM_WITH_DEALER_ROLE,
                new Workflow.Inputs(null, (k, by) -> true)));
    }

    @Test
    void aStateTheActionIsNotTakenFromIsAConflict() {
        assertThrows(Conflict.class, () -> TABLE.decide(State.APPROVED, Action.SUBMIT, CLERK, new Workflow.Inputs(null, (k, by) -> true)));
    }

    @Test
    void missingEvidenceAndAMissingReasonNameTheirFields() {
        InvalidField evidence = assertThrows(InvalidField.class, () -> TABLE.decide(State.DRAFT, Action.SUBMIT, CLERK, Workflow.Inputs.none()));
        assertEquals("attachments", evidence.problem().errors().getFirst().field());
        InvalidField reason = assertThrows(InvalidField.class, () -> TABLE.decide(State.PENDING_TAC, Action.APPROVE, TAC,
                Workflow.Inputs.none(), () -> State.PENDING_CLAIMS));
        assertEquals("reason", reason.problem().errors().getFirst().field());
    }

    @Test
    void theQueueAsksWhichStatesWaitForTheCaller() {
        assertEquals(List.of("DRAFT"), TABLE.statesWaitingFor(CLERK));
        assertEquals(List.of("PENDING_TAC"), TABLE.statesWaitingFor(TAC));
        assertEquals(List.of("PENDING_CLAIMS"), TABLE.statesWaitingFor(CLAIMS));
        assertEquals(List.of("APPROVE"), TABLE.allowedActionNames("PENDING_CLAIMS", CLAIMS));
        assertTrue(TABLE.allowedActionNames("NO_SUCH_STATE", CLAIMS).isEmpty());
    }
}
