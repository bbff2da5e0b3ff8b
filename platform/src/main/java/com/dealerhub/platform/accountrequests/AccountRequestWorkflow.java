package com.dealerhub.platform.accountrequests;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;

import java.util.Map;
import java.util.Set;

import static com.dealerhub.platform.accountrequests.AccountRequestState.BATCHED;
import static com.dealerhub.platform.accountrequests.AccountRequestState.CONFIRMED;
import static com.dealerhub.platform.accountrequests.AccountRequestState.DONE;
import static com.dealerhub.platform.accountrequests.AccountRequestState.DRAFT;
import static com.dealerhub.platform.accountrequests.AccountRequestState.REJECTED;
import static com.dealerhub.platform.accountrequests.AccountRequestState.RETURNED;
import static com.dealerhub.platform.accountrequests.AccountRequestState.SUBMITTED;

/**
 * Dealer account requests (DOMAIN section 7): the dealer's admin submits, the regional
 * manager (FMC) confirms, the back office batches confirmed requests, IT processes them.
 * Each of those reviewers may instead return the request for correction or reject it, with
 * a reason; a returned request can be corrected and submitted again.
 */
public final class AccountRequestWorkflow {

    static final String DEALER_ADMIN = "dealer-admin";
    static final String FMC = "oem-regional-manager";
    static final String IT = "oem-it";

    /** Who may take each step from which state. */
    private record Step(String role, Set<AccountRequestState> from) {
    }

    private static final Map<AccountRequestAction, AccountRequestState> TARGET = Map.of(
            AccountRequestAction.SUBMIT, SUBMITTED,
            AccountRequestAction.CONFIRM, CONFIRMED,
            AccountRequestAction.BATCH, BATCHED,
            AccountRequestAction.PROCESS, DONE,
            AccountRequestAction.RETURN, RETURNED,
            AccountRequestAction.REJECT, REJECTED);

    private static final Map<AccountRequestAction, Set<Step>> STEPS = Map.of(
            AccountRequestAction.SUBMIT, Set.of(new Step(DEALER_ADMIN, Set.of(DRAFT, RETURNED))),
            AccountRequestAction.CONFIRM, Set.of(new Step(FMC, Set.of(SUBMITTED))),
            AccountRequestAction.BATCH, Set.of(new Step(IT, Set.of(CONFIRMED))),
            AccountRequestAction.PROCESS, Set.of(new Step(IT, Set.of(BATCHED))),
            AccountRequestAction.RETURN, Set.of(new Step(FMC, Set.of(SUBMITTED)), new Step(IT, Set.of(CONFIRMED, BATCHED))),
            AccountRequestAction.REJECT, Set.of(new Step(FMC, Set.of(SUBMITTED)), new Step(IT, Set.of(CONFIRMED, BATCHED))));

    private AccountRequestWorkflow() {
    }

    /** The state the action leads to, or why this caller may not take it now. */
    public static AccountRequestState next(AccountRequestState current, AccountRequestAction action, Caller caller) {
        Set<Step> steps = STEPS.get(action);
        boolean roleMayAct = steps.stream().anyMatch(s -> caller.hasRole(s.role()));
        if (!roleMayAct) {
            throw new Forbidden("your role may not " + action + " an account request");
        }
        boolean allowedNow = steps.stream().anyMatch(s -> caller.hasRole(s.role()) && s.from().contains(current));
        if (!allowedNow) {
            throw new Conflict("cannot " + action + " an account request that is " + current);
        }
        return TARGET.get(action);
    }
}
