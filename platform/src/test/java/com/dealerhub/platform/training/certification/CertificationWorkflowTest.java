package com.dealerhub.platform.training.certification;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.training.programmes.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.training.certification.CertificationAction.*;
import static com.dealerhub.platform.training.certification.CertificationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every action of the certification table, allowed and refused, per role and state; the three flows walked through. */
class CertificationWorkflowTest {

    static final Caller DEALER_ADMIN = new Caller("adm", Set.of("dealer-admin"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller ADVISOR = new Caller("sa", Set.of("dealer-advisor"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller TRAINING = new Caller("t", Set.of("oem-training"), "aurora", null, CallerScope.NETWORK, Set.of());
    static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));

    static Stream<Arguments> everyCallerStateAndAction() {
        Map<Caller, Map<CertificationState, Map<CertificationAction, CertificationState>>> expected = Map.of(
                TRAINING, Map.of(
                        APPLIED, Map.of(CHECK, ELIGIBLE, REJECT, REJECTED),
                        REGISTERED_FOR_EXAM, Map.of(CHECK, EXAM_DUE, REJECT, REJECTED),
                        EXAM_DUE, Map.of(INVITE_TO_EXAM, EXAM_INVITED, REJECT, REJECTED),
                        EXAM_INVITED, Map.of(PASS_EXAM, ELIGIBLE, FAIL_EXAM, FAILED),
                        ELIGIBLE, Map.of(INVITE, INVITED, REJECT, REJECTED),
                        INVITED, Map.of(RECORD_ATTENDANCE, ATTENDED, RECORD_ABSENCE, ELIGIBLE),
                        ATTENDED, Map.of(PASS, CERTIFIED, FAIL, FAILED)),
                DEALER_ADMIN, Map.of(APPLIED, Map.of(WITHDRAW, WITHDRAWN), REGISTERED_FOR_EXAM, Map.of(WITHDRAW, WITHDRAWN),
                        EXAM_DUE, Map.of(WITHDRAW, WITHDRAWN), ELIGIBLE, Map.of(WITHDRAW, WITHDRAWN)),
                ADVISOR, Map.of(), FMC, Map.of());
        return EveryMove.withTargets(CertificationState.class, CertificationAction.class, expected);
    }

    @ParameterizedTest(name = "{0} {3} from {2} -> {4}")
    @MethodSource("everyCallerStateAndAction")
    void allowsExactlyTheDeclaredSteps(String who, Caller caller, CertificationState state, CertificationAction action,
                                       CertificationState expected) {
        EveryMove.checkTarget(CertificationWorkflow.TABLE, caller, state, action, expected, Workflow.Inputs.reason("a reason"));
    }

    @Test
    void technicianAndBronzeGoFromTheCheckToTheInvitationAndSilverThroughTheWrittenExam() {
        assertEquals(List.of(CHECK, INVITE, RECORD_ATTENDANCE, PASS), walk(CertificationApplication.initialState(Flow.TECHNICIAN)));
        assertEquals(List.of(CHECK, INVITE, RECORD_ATTENDANCE, PASS), walk(CertificationApplication.initialState(Flow.SA_BRONZE)));
        assertEquals(List.of(CHECK, INVITE_TO_EXAM, PASS_EXAM, INVITE, RECORD_ATTENDANCE, PASS),
                walk(CertificationApplication.initialState(Flow.SA_SILVER)));
    }

    /** The training department's forward path from a state to CERTIFIED, taking the first forward action each time. */
    private static List<CertificationAction> walk(CertificationState from) {
        List<CertificationAction> forward = List.of(CHECK, INVITE_TO_EXAM, PASS_EXAM, INVITE, RECORD_ATTENDANCE, PASS);
        List<CertificationAction> taken = new ArrayList<>();
        CertificationState state = from;
        while (state != CERTIFIED) {
            CertificationState current = state;
            CertificationAction next = forward.stream()
                    .filter(a -> CertificationWorkflow.TABLE.allowedActions(current, TRAINING).contains(a)).findFirst().orElseThrow();
            state = CertificationWorkflow.TABLE.decide(state, next, TRAINING, Workflow.Inputs.none()).to();
            taken.add(next);
        }
        return taken;
    }

    @Test
    void rejectingWithdrawingAndFailingNeedAReason() {
        for (var step : List.of(Map.entry(REJECT, TRAINING), Map.entry(FAIL_EXAM, TRAINING), Map.entry(WITHDRAW, DEALER_ADMIN))) {
            CertificationState from = step.getKey() == FAIL_EXAM ? EXAM_INVITED : APPLIED;
            InvalidField missing = assertThrows(InvalidField.class, () -> CertificationWorkflow.TABLE.decide(from, step.getKey(),
                    step.getValue(), Workflow.Inputs.none()));
            assertEquals("reason", missing.problem().errors().getFirst().field());
        }
        assertThrows(InvalidField.class, () -> CertificationWorkflow.TABLE.decide(ATTENDED, FAIL, TRAINING, Workflow.Inputs.reason(" ")));
    }
}
