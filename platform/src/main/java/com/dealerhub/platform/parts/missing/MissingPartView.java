package com.dealerhub.platform.parts.missing;

import com.dealerhub.platform.cases.CaseView;
import com.dealerhub.platform.cases.sla.ClockView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A missing-part request as the API shows it, with its clock, the OEM's answer and the caller's actions now. */
public record MissingPartView(UUID id, String number, MissingPartState state, String dealer, String partNumber,
                              String partDescription, int quantity, String vin, String reason, LocalDate deliveryDate,
                              String deliveryNote, String declineReason, long version, List<ClockView> clocks,
                              List<MissingPartAction> allowedActions, List<CaseView.Step> timeline) {

    static MissingPartView of(MissingPartRequest request, List<ClockView> clocks, List<MissingPartAction> allowed) {
        CaseView kase = CaseView.of(request.serviceCase(), allowed);
        return new MissingPartView(request.id(), kase.number(), MissingPartState.valueOf(kase.state()), kase.dealer(),
                request.partNumber(), request.partDescription(), request.quantity(), request.vin(), request.reason(),
                request.deliveryDate(), request.deliveryNote(), request.declineReason(), kase.version(), clocks, allowed,
                kase.timeline());
    }
}
