package com.dealerhub.platform.accountrequests;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRequestWorkflowTest {

    private static final Caller DEALER_ADMIN = new Caller("gm", Set.of("dealer-admin"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    private static final Caller DEALER_CLERK = new Caller("c", Set.of("dealer-claims"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    private static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    private static final Caller IT = new Caller("i", Set.of("oem-it"), "aurora", null, CallerScope.NETWORK, Set.of());

    @Test
    void theWholePathTakesEachStepByItsRole() {
        AccountRequestState state = AccountRequestState.DRAFT;
        state = AccountRequestWorkflow.next(state, AccountRequestAction.SUBMIT, DEALER_ADMIN);
        state = AccountRequestWorkflow.next(state, AccountRequestAction.CONFIRM, FMC);
        state = AccountRequestWorkflow.next(state, AccountRequestAction.BATCH, IT);
        state = AccountRequestWorkflow.next(state, AccountRequestAction.PROCESS, IT);

        assertThat(state).isEqualTo(AccountRequestState.DONE);
    }

    @ParameterizedTest
    @CsvSource({"SUBMITTED, RETURN, RETURNED", "SUBMITTED, REJECT, REJECTED"})
    void theFmcReturnsOrRejectsASubmittedRequest(AccountRequestState from, AccountRequestAction action, AccountRequestState to) {
        assertThat(AccountRequestWorkflow.next(from, action, FMC)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({"CONFIRMED, RETURN, RETURNED", "BATCHED, RETURN, RETURNED", "CONFIRMED, REJECT, REJECTED", "BATCHED, REJECT, REJECTED"})
    void itReturnsOrRejectsAtItsSteps(AccountRequestState from, AccountRequestAction action, AccountRequestState to) {
        assertThat(AccountRequestWorkflow.next(from, action, IT)).isEqualTo(to);
    }

    @Test
    void aReturnedRequestIsSubmittedAgain() {
        assertThat(AccountRequestWorkflow.next(AccountRequestState.RETURNED, AccountRequestAction.SUBMIT, DEALER_ADMIN))
                .isEqualTo(AccountRequestState.SUBMITTED);
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, CONFIRM", "CONFIRMED, CONFIRM", "DONE, RETURN", "REJECTED, RETURN"})
    void stepsOutOfOrderAreConflicts(AccountRequestState from, AccountRequestAction action) {
        assertThatThrownBy(() -> AccountRequestWorkflow.next(from, action, FMC)).isInstanceOf(Conflict.class);
    }

    @Test
    void onlyTheDealerAdminSubmitsAndOnlyTheRightReviewerActs() {
        assertThatThrownBy(() -> AccountRequestWorkflow.next(AccountRequestState.DRAFT, AccountRequestAction.SUBMIT, DEALER_CLERK))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccountRequestWorkflow.next(AccountRequestState.SUBMITTED, AccountRequestAction.CONFIRM, IT))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccountRequestWorkflow.next(AccountRequestState.CONFIRMED, AccountRequestAction.BATCH, FMC))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccountRequestWorkflow.next(AccountRequestState.BATCHED, AccountRequestAction.PROCESS, DEALER_ADMIN))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> AccountRequestWorkflow.next(AccountRequestState.CONFIRMED, AccountRequestAction.RETURN, FMC))
                .isInstanceOf(Conflict.class);
    }
}
