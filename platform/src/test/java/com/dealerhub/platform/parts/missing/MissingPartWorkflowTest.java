package com.dealerhub.platform.parts.missing;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.ClockEffect;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Workflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.parts.missing.MissingPartAction.CONFIRM;
import static com.dealerhub.platform.parts.missing.MissingPartAction.DECLINE;
import static com.dealerhub.platform.parts.missing.MissingPartAction.RECEIVE;
import static com.dealerhub.platform.parts.missing.MissingPartAction.WITHDRAW;
import static com.dealerhub.platform.parts.missing.MissingPartState.CONFIRMED;
import static com.dealerhub.platform.parts.missing.MissingPartState.DECLINED;
import static com.dealerhub.platform.parts.missing.MissingPartState.RECEIVED;
import static com.dealerhub.platform.parts.missing.MissingPartState.REQUESTED;
import static com.dealerhub.platform.parts.missing.MissingPartState.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every action of the missing-part table, allowed and refused, per role and state; the confirmation clock. */
class MissingPartWorkflowTest {

    static final Caller ADMIN = new Caller("da", Set.of("dealer-admin"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller CLAIMS = new Caller("dc", Set.of("dealer-claims"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller ADVISOR = new Caller("sa", Set.of("dealer-advisor"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller PARTS = new Caller("p", Set.of("oem-parts"), "aurora", null, CallerScope.NETWORK, Set.of());
    static final Caller ANALYST = new Caller("a", Set.of("oem-analyst"), "aurora", null, CallerScope.NETWORK, Set.of());

    static Stream<Arguments> everyCallerStateAndAction() {
        Map<MissingPartState, Map<MissingPartAction, MissingPartState>> dealer = Map.of(
                REQUESTED, Map.of(WITHDRAW, WITHDRAWN), CONFIRMED, Map.of(RECEIVE, RECEIVED));
        Map<Caller, Map<MissingPartState, Map<MissingPartAction, MissingPartState>>> expected = Map.of(
                ADMIN, dealer, CLAIMS, dealer,
                PARTS, Map.of(REQUESTED, Map.of(CONFIRM, CONFIRMED, DECLINE, DECLINED)),
                ADVISOR, Map.of(), ANALYST, Map.of());
        return EveryMove.withTargets(MissingPartState.class, MissingPartAction.class, expected);
    }

    @ParameterizedTest(name = "{0} {3} from {2} -> {4}")
    @MethodSource("everyCallerStateAndAction")
    void allowsExactlyTheDeclaredSteps(String who, Caller caller, MissingPartState state, MissingPartAction action,
                                       MissingPartState expected) {
        EveryMove.checkTarget(MissingPartWorkflow.TABLE, caller, state, action, expected, Workflow.Inputs.reason("a reason"));
    }

    @Test
    void decliningNeedsAReason() {
        InvalidField missing = assertThrows(InvalidField.class,
                () -> MissingPartWorkflow.TABLE.decide(REQUESTED, DECLINE, PARTS, Workflow.Inputs.none()));
        assertEquals("reason", missing.problem().errors().getFirst().field());
        assertEquals(CONFIRMED, MissingPartWorkflow.TABLE.decide(REQUESTED, CONFIRM, PARTS, Workflow.Inputs.none()).to());
    }

    @Test
    void theConfirmationClockStartsOnRequestAndEveryAnswerStopsIt() {
        assertEquals(List.of(ClockEffect.start("MISSING_PART_CONFIRM")), MissingPartWorkflow.STARTED_ON_REQUEST);
        for (MissingPartAction action : List.of(CONFIRM, DECLINE, WITHDRAW)) {
            Caller caller = action == WITHDRAW ? CLAIMS : PARTS;
            var step = MissingPartWorkflow.TABLE.decide(REQUESTED, action, caller, Workflow.Inputs.reason("r")).step();
            assertEquals(List.of(ClockEffect.stop("MISSING_PART_CONFIRM")), step.clocks(), action.name());
        }
        assertTrue(MissingPartWorkflow.TABLE.waitsFor(REQUESTED, PARTS));
        assertFalse(MissingPartWorkflow.TABLE.waitsFor(REQUESTED, ANALYST));
    }

    @Test
    void missingPartCasesFollowTheirOwnTable() {
        assertFalse(CaseType.MISSING_PART.followsGenericWorkflow());
        assertEquals(Set.of(CaseType.MISSING_PART), new MissingPartWorkflowDeclaration().types());
    }
}
