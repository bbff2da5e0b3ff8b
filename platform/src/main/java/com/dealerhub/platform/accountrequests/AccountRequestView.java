package com.dealerhub.platform.accountrequests;

import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.cases.CaseView;

import java.time.Instant;
import java.util.List;

/**
 * An account request as the API returns it: the case (number, state, timeline) and the request.
 *
 * @param temporaryPassword only in the answer to processing a new platform account: the one-time
 *                          password IT hands to the user (never stored; the user must change it)
 * @param allowedActions    what the caller may do to the request now ({@link AccountRequestWorkflow#TABLE})
 */
public record AccountRequestView(CaseView request, AccountRequestDetails details, boolean repeatRequest,
                                 List<String> copiedTo, String batchId, Instant submittedAt, String temporaryPassword,
                                 List<String> allowedActions) {

    static AccountRequestView of(AccountRequest r, Caller caller) {
        return of(r, caller, null);
    }

    static AccountRequestView of(AccountRequest r, Caller caller, String temporaryPassword) {
        CaseView request = CaseView.of(r.serviceCase(), AccountRequestWorkflow.TABLE.allowedActions(r.state(), caller));
        return new AccountRequestView(request, r.details(), r.repeatRequest(), r.copiedTo(),
                r.batchId(), r.submittedAt(), temporaryPassword, request.allowedActions());
    }
}
