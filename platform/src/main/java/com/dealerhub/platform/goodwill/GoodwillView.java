package com.dealerhub.platform.goodwill;

import com.dealerhub.platform.cases.CaseView;
import com.dealerhub.platform.cases.sla.ClockView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A goodwill claim as the API shows it, with its clocks and the actions the caller may take now. */
public record GoodwillView(UUID id, String number, GoodwillState state, String dealer, String subject, UUID complaint,
                           String complaintNumber, BigDecimal capAmount, BigDecimal oemSharePercent,
                           BigDecimal dealerSharePercent, BigDecimal customerSharePercent, String conditions,
                           BigDecimal requestedAmount, BigDecimal oemAmount, Instant submittedAt, Instant confirmedAt,
                           BigDecimal paidAmount, String paymentReference, Instant paidAt, long version,
                           List<ClockView> clocks, List<GoodwillAction> allowedActions, List<CaseView.Step> timeline) {

    static GoodwillView of(GoodwillClaim g, String complaintNumber, List<ClockView> clocks, List<GoodwillAction> allowed) {
        CaseView kase = CaseView.of(g.serviceCase(), allowed);
        return new GoodwillView(g.id(), kase.number(), GoodwillState.valueOf(kase.state()), kase.dealer(), kase.subject(),
                g.complaintId(), complaintNumber, g.capAmount(), g.oemShare(), g.dealerShare(), g.customerShare(),
                g.conditions(), g.requestedAmount(), g.oemAmount(), g.submittedAt(), g.confirmedAt(), g.paidAmount(),
                g.paymentReference(), g.paidAt(), kase.version(), clocks, allowed, kase.timeline());
    }
}
