package com.dealerhub.platform.training.sessions;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.workflow.ClockEffect;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.training.sessions.NeedAction.ANSWER;
import static com.dealerhub.platform.training.sessions.NeedAction.DECLINE;
import static com.dealerhub.platform.training.sessions.NeedAction.WITHDRAW;
import static com.dealerhub.platform.training.sessions.NeedState.ANSWERED;
import static com.dealerhub.platform.training.sessions.NeedState.DECLINED;
import static com.dealerhub.platform.training.sessions.NeedState.SUBMITTED;
import static com.dealerhub.platform.training.sessions.NeedState.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every action of the training need table, allowed and refused, per role and state; the answer clock; the case type. */
class TrainingNeedWorkflowTest {

    static final Caller DEALER_ADMIN = new Caller("da", Set.of("dealer-admin"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller ADVISOR = new Caller("sa", Set.of("dealer-advisor"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller TRAINING = new Caller("t", Set.of("oem-training"), "aurora", null, CallerScope.NETWORK, Set.of());
    static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    static final Caller ANALYST = new Caller("a", Set.of("oem-analyst"), "aurora", null, CallerScope.NETWORK, Set.of());

    static Stream<Arguments> everyCallerStateAndAction() {
        Map<Caller, Map<NeedState, Map<NeedAction, NeedState>>> expected = Map.of(
                DEALER_ADMIN, Map.of(SUBMITTED, Map.of(WITHDRAW, WITHDRAWN)),
                TRAINING, Map.of(SUBMITTED, Map.of(ANSWER, ANSWERED, DECLINE, DECLINED)),
                ADVISOR, Map.of(), FMC, Map.of(), ANALYST, Map.of());
        return EveryMove.withTargets(NeedState.class, NeedAction.class, expected);
    }

    @ParameterizedTest(name = "{0} {3} from {2} -> {4}")
    @MethodSource("everyCallerStateAndAction")
    void allowsExactlyTheDeclaredSteps(String who, Caller caller, NeedState state, NeedAction action, NeedState expected) {
        EveryMove.checkTarget(TrainingNeedWorkflow.TABLE, caller, state, action, expected, Workflow.Inputs.reason("a reason"));
    }

    @Test
    void decliningNeedsAReasonAndAnsweringDoesNot() {
        InvalidField missing = assertThrows(InvalidField.class,
                () -> TrainingNeedWorkflow.TABLE.decide(SUBMITTED, DECLINE, TRAINING, Workflow.Inputs.none()));
        assertEquals("reason", missing.problem().errors().getFirst().field());
        assertEquals(ANSWERED, TrainingNeedWorkflow.TABLE.decide(SUBMITTED, ANSWER, TRAINING, Workflow.Inputs.none()).to());
        assertEquals(WITHDRAWN, TrainingNeedWorkflow.TABLE.decide(SUBMITTED, WITHDRAW, DEALER_ADMIN, Workflow.Inputs.none()).to());
    }

    @Test
    void theAnswerClockStartsOnSubmissionAndEveryDecisionStopsIt() {
        assertEquals(List.of(ClockEffect.start("NEED_ANSWER")), TrainingNeedWorkflow.STARTED_ON_SUBMISSION);
        for (NeedAction action : NeedAction.values()) {
            Caller caller = action == WITHDRAW ? DEALER_ADMIN : TRAINING;
            var step = TrainingNeedWorkflow.TABLE.decide(SUBMITTED, action, caller, Workflow.Inputs.reason("r")).step();
            assertEquals(List.of(ClockEffect.stop("NEED_ANSWER")), step.clocks(), action.name());
        }
    }

    @Test
    void aSubmittedNeedWaitsForTheTrainingDepartmentOnly() {
        assertTrue(TrainingNeedWorkflow.TABLE.waitsFor(SUBMITTED, TRAINING));
        assertFalse(TrainingNeedWorkflow.TABLE.waitsFor(SUBMITTED, FMC));
        assertFalse(TrainingNeedWorkflow.TABLE.waitsFor(ANSWERED, TRAINING));
    }

    @Test
    void trainingCasesFollowTheirOwnTableNotTheGenericOne() {
        assertFalse(CaseType.TRAINING.followsGenericWorkflow());
        assertEquals(Set.of(CaseType.TRAINING), new TrainingNeedWorkflowDeclaration().types());
    }
}
