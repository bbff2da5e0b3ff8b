package com.dealerhub.platform.accountrequests;

import com.dealerhub.platform.cases.CaseView;

import java.time.Instant;
import java.util.List;

/**
 * An account request as the API returns it: the case (number, state, timeline) and the request.
 *
 * @param temporaryPassword only in the answer to processing a new platform account: the one-time
 *                          password IT hands to the user (never stored; the user must change it)
 */
public record AccountRequestView(CaseView request, AccountRequestDetails details, boolean repeatRequest,
                                 List<String> copiedTo, String batchId, Instant submittedAt, String temporaryPassword) {

    static AccountRequestView of(AccountRequest r) {
        return of(r, null);
    }

    static AccountRequestView of(AccountRequest r, String temporaryPassword) {
        return new AccountRequestView(CaseView.of(r.serviceCase()), r.details(), r.repeatRequest(), r.copiedTo(),
                r.batchId(), r.submittedAt(), temporaryPassword);
    }
}
