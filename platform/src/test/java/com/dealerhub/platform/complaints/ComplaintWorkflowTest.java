package com.dealerhub.platform.complaints;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Workflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.complaints.ComplaintAction.*;
import static com.dealerhub.platform.complaints.ComplaintState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every action of the complaint table, allowed and refused, for each role and state. */
class ComplaintWorkflowTest {

    static final Caller CAC = new Caller("cac", Set.of("oem-cac"), "aurora", null, CallerScope.NETWORK, Set.of());
    static final Caller ADVISOR = new Caller("sa", Set.of("dealer-advisor"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller STATION_MANAGER = new Caller("gm", Set.of("dealer-admin"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller TECHNICIAN = new Caller("t", Set.of("dealer-technician"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    static final Caller ANALYST = new Caller("a", Set.of("oem-analyst"), "aurora", null, CallerScope.NETWORK, Set.of());
    /** A dealer user holding the CAC role name must not pass for CAC. */
    static final Caller DEALER_WITH_CAC_ROLE = new Caller("x", Set.of("oem-cac"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());

    /** Expected: from each state, the actions each caller may take, and where they lead. */
    static final Map<ComplaintState, Map<ComplaintAction, ComplaintState>> BY_CAC = Map.of(
            RECORDED, Map.of(DISPATCH, DISPATCHED),
            CLOSED, Map.of(CONFIRM_CLOSURE, CALLED_BACK, REPORT_FALSE_CLOSURE, IN_PROGRESS));
    static final Map<ComplaintState, Map<ComplaintAction, ComplaintState>> BY_DEALER = Map.of(
            DISPATCHED, Map.of(CONTACT, IN_PROGRESS, REPLY, DISPATCHED),
            IN_PROGRESS, Map.of(REPORT_PROGRESS, IN_PROGRESS, UPDATE_CUSTOMER, IN_PROGRESS, FILE_DELAY, DELAYED, CLOSE, CLOSED,
                    REPLY, IN_PROGRESS),
            DELAYED, Map.of(REPORT_PROGRESS, DELAYED, UPDATE_CUSTOMER, DELAYED, CLOSE, CLOSED, REPLY, DELAYED));
    static final Map<ComplaintState, Map<ComplaintAction, ComplaintState>> BY_FMC = Map.of(
            DISPATCHED, Map.of(REPLY, DISPATCHED), IN_PROGRESS, Map.of(REPLY, IN_PROGRESS), DELAYED, Map.of(REPLY, DELAYED));

    static Stream<Arguments> everyCallerStateAndAction() {

        Map<Caller, Map<ComplaintState, Map<ComplaintAction, ComplaintState>>> expected = Map.of(
                CAC, BY_CAC, ADVISOR, BY_DEALER, STATION_MANAGER, BY_DEALER,
                TECHNICIAN, Map.of(), FMC, BY_FMC, ANALYST, Map.of(), DEALER_WITH_CAC_ROLE, Map.of());
        return EveryMove.withTargets(ComplaintState.class, ComplaintAction.class, expected);
    }

    @ParameterizedTest(name = "{0} {3} from {2} -> {4}")
    @MethodSource("everyCallerStateAndAction")
    void allowsExactlyTheDeclaredSteps(String who, Caller caller, ComplaintState state, ComplaintAction action,
                                       ComplaintState expected) {
        EveryMove.checkTarget(ComplaintWorkflow.TABLE, caller, state, action, expected, Workflow.Inputs.reason("a reason"));
    }

    @Test
    void aRoleThatNeverTakesTheStepIsForbiddenAndAWrongStateIsAConflict() {
        assertThrows(Forbidden.class, () -> ComplaintWorkflow.TABLE.decide(RECORDED, DISPATCH, ADVISOR, Workflow.Inputs.none()));
        assertThrows(Conflict.class, () -> ComplaintWorkflow.TABLE.decide(DISPATCHED, DISPATCH, CAC, Workflow.Inputs.none()));
    }

    @Test
    void stepsThatSayWhyNeedAReason() {
        InvalidField missing = assertThrows(InvalidField.class,
                () -> ComplaintWorkflow.TABLE.decide(IN_PROGRESS, FILE_DELAY, ADVISOR, Workflow.Inputs.reason("  ")));
        assertEquals("reason", missing.problem().errors().getFirst().field());
    }

    @Test
    void theEmergencysAnswerByCloseOfBusinessStartsAtDispatchAndEndsWithTheCustomersUpdate() {
        var dispatch = ComplaintWorkflow.TABLE.decide(RECORDED, DISPATCH, CAC, Workflow.Inputs.none());
        assertTrue(dispatch.step().clocks().stream().anyMatch(c -> c.clock().equals("ANSWER") && c.kind().name().equals("START")));
        var update = ComplaintWorkflow.TABLE.decide(IN_PROGRESS, UPDATE_CUSTOMER, ADVISOR, Workflow.Inputs.reason("called"));
        assertTrue(update.step().clocks().stream().anyMatch(c -> c.clock().equals("ANSWER") && c.kind().name().equals("STOP")));
    }

    @Test
    void aDelayPausesTheClosureClockAndAClosureStopsItAndStartsTheCallback() {
        var delay = ComplaintWorkflow.TABLE.decide(IN_PROGRESS, FILE_DELAY, ADVISOR, Workflow.Inputs.reason("parts"));
        assertTrue(delay.step().clocks().stream().anyMatch(c -> c.clock().equals("CLOSURE") && c.kind().name().equals("PAUSE")));
        var close = ComplaintWorkflow.TABLE.decide(DELAYED, CLOSE, ADVISOR, Workflow.Inputs.reason("fixed"));
        assertTrue(close.step().clocks().stream().anyMatch(c -> c.clock().equals("CLOSURE") && c.kind().name().equals("STOP")));
        assertTrue(close.step().clocks().stream().anyMatch(c -> c.clock().equals("CALLBACK") && c.kind().name().equals("START")));
    }
}
