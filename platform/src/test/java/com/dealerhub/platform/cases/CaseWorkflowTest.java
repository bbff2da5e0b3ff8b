package com.dealerhub.platform.cases;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.cases.CaseWorkflow.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseWorkflowTest {

    private static final Caller DEALER = new Caller("d", Set.of("dealer-claims"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    private static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    private static final Caller ANALYST = new Caller("a", Set.of("oem-analyst"), "aurora", null, CallerScope.NETWORK, Set.of());
    private static final Caller OPERATOR = new Caller("p", Set.of("platform-admin"), null, null, CallerScope.PLATFORM, Set.of());

    private static final Map<String, Caller> CALLERS = EveryMove.named("dealer", DEALER, "fmc", FMC, "analyst", ANALYST,
            "operator", OPERATOR);

    static Stream<Arguments> everyMove() {
        return EveryMove.of(CaseState.class, CaseAction.class, CALLERS.keySet(), EveryMove.moves(
                "dealer OPEN START", "dealer OPEN RESOLVE", "dealer IN_PROGRESS RESOLVE",
                "fmc OPEN START", "fmc OPEN RESOLVE", "fmc IN_PROGRESS RESOLVE", "fmc RESOLVED REOPEN", "fmc RESOLVED CLOSE"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("everyMove")
    void theTableAllowsExactlyTheseMoves(String caller, CaseState state, CaseAction action, boolean allowed) {
        EveryMove.check(TABLE, CALLERS.get(caller), state, action, allowed, () -> {
            throw new AssertionError("the generic workflow has no approval chain");
        });
    }

    @Test
    void eachMoveLeadsWhereTheTableSays() {
        assertThat(TABLE.decide(CaseState.OPEN, CaseAction.START, DEALER, Workflow.Inputs.none()).to()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(TABLE.decide(CaseState.IN_PROGRESS, CaseAction.RESOLVE, DEALER, Workflow.Inputs.none()).to()).isEqualTo(CaseState.RESOLVED);
        assertThat(TABLE.decide(CaseState.RESOLVED, CaseAction.REOPEN, FMC, Workflow.Inputs.none()).to()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(TABLE.decide(CaseState.RESOLVED, CaseAction.CLOSE, FMC, Workflow.Inputs.none()).to()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void aRoleThatNeverTakesTheStepIsForbiddenAndAWrongStateIsAConflict() {
        assertThatThrownBy(() -> TABLE.decide(CaseState.RESOLVED, CaseAction.CLOSE, DEALER, Workflow.Inputs.none()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TABLE.decide(CaseState.CLOSED, CaseAction.START, FMC, Workflow.Inputs.none()))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void analystsAndThePlatformOperatorChangeNothing() {
        assertThatThrownBy(() -> TABLE.decide(CaseState.OPEN, CaseAction.START, ANALYST, Workflow.Inputs.none())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> CaseWorkflow.requireMayChangeCases(ANALYST)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> CaseWorkflow.requireMayChangeCases(OPERATOR)).isInstanceOf(Forbidden.class);
        CaseWorkflow.requireMayChangeCases(DEALER);
        CaseWorkflow.requireMayChangeCases(FMC);
    }

    @Test
    void anAnalystStaysReadOnlyWhateverDefaultRolesTheTokenCarries() {
        Caller analyst = new Caller("a2", Set.of("oem-analyst", "default-roles-dealerhub", "offline_access", "uma_authorization"),
                "aurora", null, CallerScope.NETWORK, Set.of());

        assertThatThrownBy(() -> CaseWorkflow.requireMayChangeCases(analyst)).isInstanceOf(Forbidden.class);
        assertThat(TABLE.allowedActions(CaseState.RESOLVED, analyst)).isEmpty();
    }

    @Test
    void anAnalystWhoAlsoHasAWorkingRoleMayChangeCases() {
        Caller both = new Caller("b", Set.of("oem-analyst", "oem-claims"), "aurora", null, CallerScope.NETWORK, Set.of());

        assertThat(TABLE.decide(CaseState.RESOLVED, CaseAction.CLOSE, both, Workflow.Inputs.none()).to()).isEqualTo(CaseState.CLOSED);
        assertThat(TABLE.allowedActions(CaseState.RESOLVED, both)).containsExactly(CaseAction.REOPEN, CaseAction.CLOSE);
    }
}
