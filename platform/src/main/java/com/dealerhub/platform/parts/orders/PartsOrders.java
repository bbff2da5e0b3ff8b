package com.dealerhub.platform.parts.orders;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseSteps;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.platform.parts.deposit.Deposits;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.Vin;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static com.dealerhub.platform.parts.orders.PartsOrderWorkflow.TABLE;

/**
 * The use cases of a parts order: the dealer's parts staff (or its DMS, idempotently) place it, priced
 * from the catalogue and checked against the available deposit under the dealer's account lock; they
 * cancel backorders or the whole order, and confirm what arrived; the OEM's parts department ships what
 * is allocated, which raises an invoice on the deposit. Allocation itself is {@code parts/allocation}'s.
 */
@TenantService
public class PartsOrders {

    /** Parts orders have one set of clock policies. */
    private static final String VARIANT = "STANDARD";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess cases;

    @Inject
    CaseOpening opening;

    @Inject
    CaseSteps steps;

    @Inject
    Dealers dealers;

    @Inject
    Deposits deposits;

    @Inject
    OrderLines lines;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A placed order, and whether this request created it (false: a DMS retry answered with the first). */
    public record Placed(OrderView order, boolean created) {
    }

    public Placed place(OrderRequests.Place request) {
        Caller caller = CurrentCaller.require();
        PartsRoles.requireDealerPartsStaff(caller, "places parts orders");
        Dealer dealer = dealers.require(caller.dealer());
        Citation citation = citation(caller.network(), request);
        List<OrderLines.NewLine> priced = priced(caller.network(), request);
        String key = request.idempotencyKey();
        deposits.lock(dealer.code());
        if (key != null) {
            List<PartsOrder> earlier = em.createQuery(
                            "SELECT o FROM PartsOrder o WHERE o.dealerCode = :dealer AND o.idempotencyKey = :key", PartsOrder.class)
                    .setParameter("dealer", dealer.code()).setParameter("key", key).getResultList();
            if (!earlier.isEmpty()) {
                PartsOrder first = earlier.getFirst();
                if (!sameOrder(first, citation, priced)) {
                    throw new Conflict("idempotencyKey", "this key was used for another order (" + first.serviceCase().number() + ")");
                }
                return new Placed(view(first), false);
            }
        }
        BigDecimal value = priced.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        deposits.requireAvailable(dealer.code(), value, "lines");
        ServiceCase serviceCase = opening.openUnsaved(dealer, CaseType.PARTS_ORDER, OrderState.PLACED.name(),
                subject(request.kind(), citation, priced.size()), request.note() == null ? "" : request.note().strip(),
                caller.username());
        PartsOrder order = new PartsOrder(serviceCase, request.kind(), key, citation.vin(), citation.repairOrder(),
                citation.campaign(), value);
        em.persist(serviceCase);
        em.persist(order);
        lines.insert(order, priced);
        return new Placed(changed(order), true);
    }

    public OrderView get(UUID id) {
        PartsRoles.requireReader(CurrentCaller.require());
        return view(load(id));
    }

    /** The orders within reach, newest first (at most 200), by state, kind and (OEM staff) dealer. */
    public List<OrderView> list(OrderState state, OrderKind kind, String dealer) {
        Caller caller = CurrentCaller.require();
        PartsRoles.requireReader(caller);
        Map<String, Object> equal = new HashMap<>();
        equal.put("kind", kind);
        equal.put("dealerCode", dealer);
        List<PartsOrder> orders = cases.partsWithinReach(PartsOrder.class, state == null ? null : state.name(), equal, 200);
        Map<UUID, List<LineView>> byOrder = lines.of(orders.stream().map(PartsOrder::id).toList());
        return orders.stream().map(o -> OrderView.of(o, byOrder.getOrDefault(o.id(), List.of()),
                TABLE.allowedActions(OrderState.valueOf(o.serviceCase().state()), caller))).toList();
    }

    /**
     * Cancels backorders (what is neither allocated nor cancelled): the quantities given per line, or all.
     * Their value is no longer reserved on the deposit. With nothing allocated and nothing left, the order
     * is cancelled; with no backorder left, a partly allocated order is complete.
     */
    public OrderView cancel(UUID id, OrderRequests.Cancel request) {
        PartsOrder order = load(id);
        List<LineView> current = lines.of(order.id(), true);
        Map<UUID, Integer> cancelling = new HashMap<>();
        if (request == null || request.lines() == null || request.lines().isEmpty()) {
            current.forEach(l -> cancelling.put(l.id(), l.backorder()));
        } else {
            List<Problem.FieldError> errors = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < request.lines().size(); i++) {
                OrderRequests.LineQuantity wanted = request.lines().get(i);
                LineView line = line(current, wanted.lineNo());
                if (line == null || !seen.add(wanted.lineNo())) {
                    errors.add(new Problem.FieldError("lines[" + i + "].lineNo", line == null ? "no such line" : "listed twice"));
                } else if (wanted.quantity() > line.backorder()) {
                    errors.add(new Problem.FieldError("lines[" + i + "].quantity", "at most the backorder, " + line.backorder()));
                } else {
                    cancelling.put(line.id(), wanted.quantity());
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidFields(errors.size() == 1 ? errors.getFirst().message() : "lines cannot be cancelled", errors);
            }
        }
        int cancelled = cancelling.values().stream().mapToInt(Integer::intValue).sum();
        int backorderLeft = current.stream().mapToInt(LineView::backorder).sum() - cancelled;
        int allocated = current.stream().mapToInt(LineView::allocated).sum();
        OrderAction action = backorderLeft > 0 ? OrderAction.CANCEL_LINES
                : allocated == 0 ? OrderAction.CANCEL : OrderAction.CANCEL_BACKORDER;
        String reason = request == null || request.reason() == null ? null : request.reason().strip();
        move(order, action, "cancelled " + cancelled + (reason == null || reason.isEmpty() ? "" : ": " + reason));
        if (cancelled == 0 && action == OrderAction.CANCEL_LINES) {
            throw new InvalidField("lines", "nothing to cancel");
        }
        cancelling.forEach((line, quantity) -> {
            if (quantity > 0) {
                lines.cancel(line, quantity);
            }
        });
        return changed(order);
    }

    /** The parts department ships what is allocated and not yet shipped; its value is invoiced on the deposit. */
    public OrderView ship(UUID id) {
        PartsOrder order = load(id);
        List<LineView> current = lines.of(order.id(), true);
        BigDecimal invoice = current.stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.allocated() - l.shipped())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int shipping = current.stream().mapToInt(l -> l.allocated() - l.shipped()).sum();
        OrderAction action = OrderState.valueOf(order.serviceCase().state()) == OrderState.PARTLY_ALLOCATED
                ? OrderAction.SHIP_PART : OrderAction.SHIP;
        move(order, action, "shipped " + shipping + ", invoiced " + invoice.toPlainString());
        if (shipping == 0 && (action == OrderAction.SHIP_PART || current.stream().mapToInt(LineView::shipped).sum() == 0)) {
            throw new Conflict("nothing allocated to ship");
        }
        lines.shipAllocated(order.id());
        deposits.lock(order.dealerCode());
        deposits.debit(order.dealerCode(), invoice, order.serviceCase().number(), order.id());
        return changed(order);
    }

    /** The dealer confirms what arrived: per line at most what was shipped; a line not listed arrived in full. */
    public OrderView receive(UUID id, OrderRequests.Receive request) {
        PartsOrder order = load(id);
        List<LineView> current = lines.of(order.id(), true);
        Map<UUID, Integer> received = new HashMap<>();
        current.forEach(l -> received.put(l.id(), l.shipped()));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<OrderRequests.LineQuantity> given = request == null || request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < given.size(); i++) {
            LineView line = line(current, given.get(i).lineNo());
            if (line == null) {
                errors.add(new Problem.FieldError("lines[" + i + "].lineNo", "no such line"));
            } else if (given.get(i).quantity() > line.shipped()) {
                errors.add(new Problem.FieldError("lines[" + i + "].quantity", "at most what was shipped, " + line.shipped()));
            } else {
                received.put(line.id(), given.get(i).quantity());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors.size() == 1 ? errors.getFirst().message() : "received quantities are wrong", errors);
        }
        int short_ = current.stream().mapToInt(l -> l.shipped() - received.get(l.id())).sum();
        String note = request == null || request.note() == null || request.note().isBlank() ? "" : ": " + request.note().strip();
        move(order, OrderAction.RECEIVE, (short_ == 0 ? "received in full" : short_ + " short") + note);
        received.forEach(lines::receive);
        return changed(order);
    }

    private record Citation(String vin, String repairOrder, String campaign) {
    }

    /** The kind's citation, checked: a VOR order cites a VIN and a repair order, a campaign order a campaign of the network. */
    private Citation citation(String network, OrderRequests.Place request) {
        String vin = blankToNull(request.vin());
        String repairOrder = blankToNull(request.repairOrder());
        String campaign = blankToNull(request.campaignCode());
        switch (request.kind()) {
            case FORCED -> throw new InvalidField("kind", "forced allocations are pushed by the OEM, not ordered");
            case VOR -> {
                if (vin == null) {
                    throw new InvalidField("vin", "required: the vehicle off the road");
                }
                vin = Vin.parse(vin, false).value();
                if (repairOrder == null) {
                    throw new InvalidField("repairOrder", "required: the repair order of the vehicle off the road");
                }
            }
            case CAMPAIGN -> {
                if (campaign == null) {
                    throw new InvalidField("campaignCode", "required: the campaign the parts are for");
                }
                LocalDate today = LocalDate.now(clock.withZone(CHINA));
                boolean open = !em.createNativeQuery("""
                                SELECT 1 FROM campaign WHERE network_code = ?1 AND code = ?2 AND valid_from <= ?3 AND valid_to >= ?3""")
                        .setParameter(1, network).setParameter(2, campaign).setParameter(3, today).getResultList().isEmpty();
                if (!open) {
                    throw new InvalidField("campaignCode", "no campaign of the network published and running today: " + campaign);
                }
            }
            case STOCK -> {
            }
        }
        if (request.kind() != OrderKind.VOR && (vin != null || repairOrder != null)) {
            throw new InvalidField(vin != null ? "vin" : "repairOrder", "only VOR orders cite a vehicle");
        }
        if (request.kind() != OrderKind.CAMPAIGN && campaign != null) {
            throw new InvalidField("campaignCode", "only CAMPAIGN orders cite a campaign");
        }
        return new Citation(vin, repairOrder, campaign);
    }

    /** The lines priced from the catalogue; unknown or repeated parts are named per line. */
    private List<OrderLines.NewLine> priced(String network, OrderRequests.Place request) {
        List<String> numbers = request.lines().stream().map(l -> l.partNumber().strip()).toList();
        Map<String, BigDecimal> prices = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT number, unit_price FROM part WHERE network_code = ?1 AND number = ANY (?2)")
                .setParameter(1, network).setParameter(2, numbers.toArray(String[]::new)).getResultList()) {
            prices.put((String) ((Object[]) row)[0], (BigDecimal) ((Object[]) row)[1]);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<OrderLines.NewLine> priced = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            if (!prices.containsKey(number)) {
                errors.add(new Problem.FieldError("lines[" + i + "].partNumber", "not a part of the network's catalogue: " + number));
            } else if (!seen.add(number)) {
                errors.add(new Problem.FieldError("lines[" + i + "].partNumber", "listed twice: one line per part"));
            } else {
                priced.add(new OrderLines.NewLine(i + 1, number, request.lines().get(i).quantity(), prices.get(number)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors.size() == 1 ? errors.getFirst().message() : errors.size() + " lines are wrong", errors);
        }
        return priced;
    }

    private boolean sameOrder(PartsOrder first, Citation citation, List<OrderLines.NewLine> priced) {
        List<LineView> stored = lines.of(first.id(), false);
        if (!Objects.equals(first.vin(), citation.vin()) || !Objects.equals(first.repairOrder(), citation.repairOrder())
                || !Objects.equals(first.campaignCode(), citation.campaign()) || stored.size() != priced.size()) {
            return false;
        }
        for (int i = 0; i < priced.size(); i++) {
            if (!stored.get(i).partNumber().equals(priced.get(i).partNumber()) || stored.get(i).quantity() != priced.get(i).quantity()) {
                return false;
            }
        }
        return true;
    }

    private static String subject(OrderKind kind, Citation citation, int lineCount) {
        String cited = switch (kind) {
            case VOR -> " VIN " + citation.vin() + ", RO " + citation.repairOrder();
            case CAMPAIGN, FORCED -> " campaign " + citation.campaign();
            case STOCK -> "";
        };
        return kind + " order" + cited + ", " + lineCount + (lineCount == 1 ? " line" : " lines");
    }

    private static LineView line(List<LineView> lines, int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void move(PartsOrder order, OrderAction action, String note) {
        steps.take(TABLE, OrderState.class, order.serviceCase(), action, Workflow.Inputs.none(), VARIANT, note, clock.instant());
    }

    private PartsOrder load(UUID id) {
        return cases.loadPart(PartsOrder.class, id, "parts order");
    }

    private OrderView changed(PartsOrder order) {
        outbox.recordChangeOf(order.id());
        return view(order);
    }

    private OrderView view(PartsOrder order) {
        return OrderView.of(order, lines.of(order.id(), false),
                TABLE.allowedActions(OrderState.valueOf(order.serviceCase().state()), CurrentCaller.require()));
    }
}
