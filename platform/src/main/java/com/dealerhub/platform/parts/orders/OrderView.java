package com.dealerhub.platform.parts.orders;

import com.dealerhub.platform.cases.CaseView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A parts order as the API shows it, with its lines, the actions the caller may take now and its timeline. */
public record OrderView(UUID id, String number, OrderState state, String dealer, OrderKind kind, String vin, String repairOrder,
                        String campaignCode, String idempotencyKey, String note, Instant placedAt, BigDecimal value,
                        int asked, int allocated, int backorder, List<LineView> lines, long version,
                        List<OrderAction> allowedActions, List<CaseView.Step> timeline) {

    static OrderView of(PartsOrder order, List<LineView> lines, List<OrderAction> allowed) {
        CaseView kase = CaseView.of(order.serviceCase(), allowed);
        return new OrderView(order.id(), kase.number(), OrderState.valueOf(kase.state()), kase.dealer(), order.kind(), order.vin(),
                order.repairOrder(), order.campaignCode(), order.idempotencyKey(), order.serviceCase().description(),
                order.placedAt(), order.value(), lines.stream().mapToInt(LineView::quantity).sum(),
                lines.stream().mapToInt(LineView::allocated).sum(), lines.stream().mapToInt(LineView::backorder).sum(),
                lines, kase.version(), allowed, kase.timeline());
    }
}
