package com.dealerhub.platform.parts.campaigns;

import com.dealerhub.platform.cases.CaseView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A forced order as the API shows it: its lines as allocated, shipped and received, and the caller's actions. */
public record ForcedOrderView(UUID id, String number, ForcedOrderState state, String dealer, String campaign, Instant placedAt,
                              BigDecimal value, List<Line> lines, long version, List<ForcedOrderAction> allowedActions,
                              List<CaseView.Step> timeline) {

    public record Line(int lineNo, String part, String description, int quantity, BigDecimal unitPrice, int allocated,
                       int shipped, int received) {
    }

    static ForcedOrderView of(ForcedOrder order, List<Line> lines, List<ForcedOrderAction> allowed) {
        CaseView kase = CaseView.of(order.serviceCase(), allowed);
        return new ForcedOrderView(order.id(), kase.number(), ForcedOrderState.valueOf(kase.state()), kase.dealer(),
                order.campaignCode(), order.placedAt(), order.value(), lines, kase.version(), allowed, kase.timeline());
    }
}
