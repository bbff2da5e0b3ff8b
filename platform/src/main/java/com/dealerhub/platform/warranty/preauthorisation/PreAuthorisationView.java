package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.platform.cases.CaseView;

import java.time.LocalDate;

public record PreAuthorisationView(CaseView request, String vin, String part, LocalDate grantedOn, LocalDate expiresOn,
                                   int claimsAllowed) {

    static PreAuthorisationView of(PreAuthorisation p) {
        return new PreAuthorisationView(CaseView.of(p.serviceCase()), p.vin(), p.partNumber(), p.grantedOn(), p.expiresOn(),
                p.claimsAllowed());
    }
}
