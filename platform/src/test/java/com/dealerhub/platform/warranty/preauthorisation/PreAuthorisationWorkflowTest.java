package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.warranty.preauthorisation.PreAuthorisation.State;
import com.dealerhub.platform.warranty.preauthorisation.PreAuthorisationWorkflow.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.warranty.preauthorisation.PreAuthorisationWorkflow.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreAuthorisationWorkflowTest {

    private static final Caller TECHNICIAN = new Caller("t", Set.of("dealer-technician"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    private static final Caller TAC = new Caller("tac", Set.of("oem-tac"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    private static final Caller CLAIMS = new Caller("c", Set.of("oem-claims"), "aurora", null, CallerScope.NETWORK, Set.of());

    private static final Map<String, Caller> CALLERS = EveryMove.named("technician", TECHNICIAN, "tac", TAC, "claims", CLAIMS);

    static Stream<Arguments> everyMove() {
        return EveryMove.of(State.class, Action.class, CALLERS.keySet(), EveryMove.moves("tac REQUESTED GRANT", "tac REQUESTED REFUSE"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("everyMove")
    void theTableAllowsExactlyTheseMoves(String caller, State state, Action action, boolean allowed) {
        EveryMove.check(TABLE, CALLERS.get(caller), state, action, allowed, () -> {
            throw new AssertionError("pre-authorisations have no approval chain");
        });
    }

    @Test
    void onlyTheTacDecidesOnceAndARefusalNeedsAReason() {
        assertThat(TABLE.decide(State.REQUESTED, Action.GRANT, TAC, Workflow.Inputs.none()).to()).isEqualTo(State.GRANTED);
        assertThat(TABLE.decide(State.REQUESTED, Action.REFUSE, TAC, Workflow.Inputs.reason("not a special part")).to())
                .isEqualTo(State.REFUSED);
        assertThatThrownBy(() -> TABLE.decide(State.REQUESTED, Action.GRANT, CLAIMS, Workflow.Inputs.none())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TABLE.decide(State.GRANTED, Action.REFUSE, TAC, Workflow.Inputs.reason("x"))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> TABLE.decide(State.REQUESTED, Action.REFUSE, TAC, Workflow.Inputs.none()))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void theDealerRequestsButDoesNotDecide() {
        assertThat(PreAuthorisationWorkflow.REQUESTER.mayEverAct(TECHNICIAN)).isTrue();
        assertThat(PreAuthorisationWorkflow.REQUESTER.mayEverAct(TAC)).isFalse();
        assertThat(TABLE.allowedActions(State.REQUESTED, TECHNICIAN)).isEmpty();
    }
}
