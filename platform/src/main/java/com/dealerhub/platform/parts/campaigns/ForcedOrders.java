package com.dealerhub.platform.parts.campaigns;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseSteps;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The forced orders a push opened: listed within reach, read, and confirmed received by the dealer. */
@TenantService
public class ForcedOrders {

    private static final String VARIANT = "STANDARD";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess cases;

    @Inject
    CaseSteps steps;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The forced orders within reach, newest first (at most 200), of a state and campaign (null: any). */
    public List<ForcedOrderView> list(ForcedOrderState state, String campaign) {
        PartsRoles.requireNetwork(CurrentCaller.require());
        Map<String, Object> equal = new HashMap<>();
        equal.put("kind", ForcedOrder.KIND);
        equal.put("campaignCode", campaign);
        return cases.partsWithinReach(ForcedOrder.class, state == null ? null : state.name(), equal, 200)
                .stream().map(this::view).toList();
    }

    public ForcedOrderView get(UUID id) {
        return view(load(id));
    }

    /**
     * The dealer confirms what it received: each listed line's quantity (at most what was shipped), the others
     * as shipped. Every line is checked before anything is written.
     */
    public ForcedOrderView receive(UUID id, PushRequests.Receive request) {
        ForcedOrder order = load(id);
        List<ForcedOrderView.Line> lines = lines(order.id());
        Map<Integer, Integer> received = new HashMap<>();
        lines.forEach(l -> received.put(l.lineNo(), l.shipped()));
        List<PushRequests.Received> given = request == null || request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < given.size(); i++) {
            PushRequests.Received r = given.get(i);
            Integer shipped = lines.stream().filter(l -> l.lineNo() == r.lineNo()).map(ForcedOrderView.Line::shipped)
                    .findFirst().orElseThrow(fieldError("lines[" + i + "].lineNo", "no such line in the order"));
            if (r.received() > shipped) {
                throw new InvalidField("lines[" + i + "].received", "at most the " + shipped + " shipped");
            }
            received.put(r.lineNo(), r.received());
        }
        int total = received.values().stream().mapToInt(Integer::intValue).sum();
        int shipped = lines.stream().mapToInt(ForcedOrderView.Line::shipped).sum();
        steps.take(ForcedOrderWorkflow.TABLE, ForcedOrderState.class, order.serviceCase(), ForcedOrderAction.RECEIVE,
                Workflow.Inputs.none(), VARIANT, "received " + total + " of " + shipped + " shipped", clock.instant());
        received.forEach((lineNo, quantity) -> em.createNativeQuery(
                        "UPDATE parts_order_line SET received = ?1 WHERE order_id = ?2 AND line_no = ?3")
                .setParameter(1, quantity).setParameter(2, order.id()).setParameter(3, lineNo).executeUpdate());
        outbox.recordChangeOf(order.id());
        return view(order);
    }

    private static java.util.function.Supplier<InvalidField> fieldError(String field, String message) {
        return () -> new InvalidField(field, message);
    }

    private ForcedOrder load(UUID id) {
        ForcedOrder order = cases.loadPart(ForcedOrder.class, id, "forced order");
        if (!ForcedOrder.KIND.equals(order.kind())) {
            throw new NotFound("forced order", id);
        }
        return order;
    }

    private List<ForcedOrderView.Line> lines(UUID order) {
        return Rows.of(em.createNativeQuery("""
                        SELECT l.line_no, l.part_number, p.description, l.quantity, l.unit_price, l.allocated, l.shipped, l.received
                        FROM parts_order_line l LEFT JOIN part p ON p.network_code = l.network_code AND p.number = l.part_number
                        WHERE l.order_id = ?1 ORDER BY l.line_no""")
                .setParameter(1, order))
                .map(r -> new ForcedOrderView.Line(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), (BigDecimal) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                        ((Number) r[7]).intValue()))
                .toList();
    }

    private ForcedOrderView view(ForcedOrder order) {
        em.flush();
        return ForcedOrderView.of(order, lines(order.id()),
                ForcedOrderWorkflow.TABLE.allowedActions(ForcedOrderState.valueOf(order.serviceCase().state()), CurrentCaller.require()));
    }
}
