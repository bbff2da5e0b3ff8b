package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.cases.CaseView;

import java.time.LocalDate;
import java.util.List;

/** @param allowedActions what the caller may do to the request now ({@link PreAuthorisationWorkflow#TABLE}) */
public record PreAuthorisationView(CaseView request, String vin, String part, LocalDate grantedOn, LocalDate expiresOn,
                                   int claimsAllowed, List<String> allowedActions) {

    static PreAuthorisationView of(PreAuthorisation p, Caller caller) {
        CaseView request = CaseView.of(p.serviceCase(), PreAuthorisationWorkflow.TABLE.allowedActions(p.state(), caller));
        return new PreAuthorisationView(request, p.vin(), p.partNumber(), p.grantedOn(), p.expiresOn(), p.claimsAllowed(),
                request.allowedActions());
    }
}
