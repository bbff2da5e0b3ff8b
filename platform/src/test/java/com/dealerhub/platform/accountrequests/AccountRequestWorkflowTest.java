package com.dealerhub.platform.accountrequests;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.workflow.EveryMove;
import com.dealerhub.platform.cases.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.dealerhub.platform.accountrequests.AccountRequestWorkflow.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRequestWorkflowTest {

    private static final Caller DEALER_ADMIN = new Caller("gm", Set.of("dealer-admin"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    private static final Caller DEALER_CLERK = new Caller("c", Set.of("dealer-claims"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    private static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    private static final Caller IT = new Caller("i", Set.of("oem-it"), "aurora", null, CallerScope.NETWORK, Set.of());

    private static final Map<String, Caller> CALLERS = EveryMove.named("admin", DEALER_ADMIN, "clerk", DEALER_CLERK, "fmc", FMC, "it", IT);

    static Stream<Arguments> everyMove() {
        return EveryMove.of(AccountRequestState.class, AccountRequestAction.class, CALLERS.keySet(), EveryMove.moves(
                "admin DRAFT SUBMIT", "admin RETURNED SUBMIT",
                "fmc SUBMITTED CONFIRM", "fmc SUBMITTED RETURN", "fmc SUBMITTED REJECT",
                "it CONFIRMED BATCH", "it CONFIRMED RETURN", "it CONFIRMED REJECT",
                "it BATCHED PROCESS", "it BATCHED RETURN", "it BATCHED REJECT"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("everyMove")
    void theTableAllowsExactlyTheseMoves(String caller, AccountRequestState state, AccountRequestAction action, boolean allowed) {
        EveryMove.check(TABLE, CALLERS.get(caller), state, action, allowed, () -> {
            throw new AssertionError("account requests have no approval chain");
        });
    }

    @Test
    void theWholePathTakesEachStepByItsRole() {
        AccountRequestState state = AccountRequestState.DRAFT;
        state = TABLE.decide(state, AccountRequestAction.SUBMIT, DEALER_ADMIN, Workflow.Inputs.none()).to();
        state = TABLE.decide(state, AccountRequestAction.CONFIRM, FMC, Workflow.Inputs.none()).to();
        state = TABLE.decide(state, AccountRequestAction.BATCH, IT, Workflow.Inputs.none()).to();
        state = TABLE.decide(state, AccountRequestAction.PROCESS, IT, Workflow.Inputs.none()).to();

        assertThat(state).isEqualTo(AccountRequestState.DONE);
    }

    @ParameterizedTest
    @CsvSource({"SUBMITTED, RETURN", "SUBMITTED, REJECT"})
    void returningOrRejectingNeedsAReasonInTheNote(AccountRequestState from, AccountRequestAction action) {
        assertThatThrownBy(() -> TABLE.decide(from, action, FMC, Workflow.Inputs.reason(" ")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void aWrongReviewerIsForbiddenAndAReviewerOutOfTurnIsAConflict() {
        assertThatThrownBy(() -> TABLE.decide(AccountRequestState.DRAFT, AccountRequestAction.SUBMIT, DEALER_CLERK, Workflow.Inputs.none()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TABLE.decide(AccountRequestState.SUBMITTED, AccountRequestAction.CONFIRM, IT, Workflow.Inputs.none()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> TABLE.decide(AccountRequestState.CONFIRMED, AccountRequestAction.RETURN, FMC, Workflow.Inputs.reason("x")))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> TABLE.decide(AccountRequestState.DONE, AccountRequestAction.RETURN, IT, Workflow.Inputs.reason("x")))
                .isInstanceOf(Conflict.class);
    }
}
