package com.dealerhub.platform.accountrequests;

import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;

import static com.dealerhub.platform.accountrequests.AccountRequestAction.BATCH;
import static com.dealerhub.platform.accountrequests.AccountRequestAction.CONFIRM;
import static com.dealerhub.platform.accountrequests.AccountRequestAction.PROCESS;
import static com.dealerhub.platform.accountrequests.AccountRequestAction.REJECT;
import static com.dealerhub.platform.accountrequests.AccountRequestAction.RETURN;
import static com.dealerhub.platform.accountrequests.AccountRequestAction.SUBMIT;
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

    /** Who drafts a request and submits it. */
    static final Who<AccountRequestState> REQUESTER = Who.dealer(DEALER_ADMIN);
    private static final Who<AccountRequestState> REGIONAL_MANAGER = Who.oem(FMC);
    private static final Who<AccountRequestState> BACK_OFFICE_AND_IT = Who.oem(IT);

    public static final Workflow<AccountRequestState, AccountRequestAction> TABLE =
            Workflow.<AccountRequestState, AccountRequestAction>of("account request").reasonIn("note")
                    .step(SUBMIT, DRAFT, RETURNED).to(SUBMITTED).by(REQUESTER).add()
                    .step(CONFIRM, SUBMITTED).to(CONFIRMED).by(REGIONAL_MANAGER).add()
                    .step(BATCH, CONFIRMED).to(BATCHED).by(BACK_OFFICE_AND_IT).add()
                    .step(PROCESS, BATCHED).to(DONE).by(BACK_OFFICE_AND_IT).add()
                    .step(RETURN, SUBMITTED).to(RETURNED).by(REGIONAL_MANAGER).withReason().add()
                    .step(RETURN, CONFIRMED, BATCHED).to(RETURNED).by(BACK_OFFICE_AND_IT).withReason().add()
                    .step(REJECT, SUBMITTED).to(REJECTED).by(REGIONAL_MANAGER).withReason().add()
                    .step(REJECT, CONFIRMED, BATCHED).to(REJECTED).by(BACK_OFFICE_AND_IT).withReason().add()
                    .build();

    private AccountRequestWorkflow() {
    }
}
