package com.dealerhub.platform.parts.campaigns;

import com.dealerhub.platform.parts.deposit.Deposits;
import com.dealerhub.platform.parts.orders.OrderKind;
import com.dealerhub.platform.parts.orders.OrderState;
import com.dealerhub.platform.parts.orders.PartsOrder;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Forced allocation for a campaign (强制配货): the parts department previews and commits a push of a published
 * campaign's parts to the dealers repairing its vehicles. Each dealer with something to receive gets one
 * PARTS_ORDER of kind FORCED, shipped at once and debited to its deposit. A campaign is pushed by one
 * transaction at a time, and a vehicle's part only once, so pushing again pushes only what is new.
 */
@TenantService
public class CampaignPushes {

    private static final ZoneId OEM_DAY = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseOpening opening;

    @Inject
    Dealers dealers;

    @Inject
    Deposits deposits;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The campaign's parts with their quantity per vehicle and price. */
    public List<PushPlan.Part> parts(String code) {
        Caller caller = PartsRoles.requireNetwork(CurrentCaller.require());
        campaign(caller.network(), code);
        return parts(caller.network(), code);
    }

    public List<PushPlan.Part> setPerVehicle(String code, PushRequests.PerVehicle request) {
        Caller caller = PartsRoles.requireOemParts(CurrentCaller.require(), "sets the parts per campaign vehicle");
        Campaign campaign = campaign(caller.network(), code);
        for (int i = 0; i < request.parts().size(); i++) {
            if (!campaign.parts().contains(request.parts().get(i).part())) {
                throw new InvalidField("parts[" + i + "].part", "not a part of campaign " + code);
            }
        }
        for (PushRequests.PartQuantity q : request.parts()) {
            em.createNativeQuery("""
                            INSERT INTO campaign_part (network_code, campaign_code, part_number, per_vehicle) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT (network_code, campaign_code, part_number) DO UPDATE SET per_vehicle = EXCLUDED.per_vehicle""")
                    .setParameter(1, caller.network()).setParameter(2, code).setParameter(3, q.part())
                    .setParameter(4, q.perVehicle()).executeUpdate();
        }
        return parts(caller.network(), code);
    }

    /** What a push would send now, per dealer; stores nothing. */
    public PushView preview(String code) {
        Caller caller = PartsRoles.requireOemParts(CurrentCaller.require(), "previews a campaign push");
        Campaign campaign = campaign(caller.network(), code);
        return view(campaign, plan(caller.network(), code), List.of(), false);
    }

    /** Pushes what is not pushed yet: one forced order per dealer, debited to its deposit. */
    public PushView push(String code) {
        Caller caller = PartsRoles.requireOemParts(CurrentCaller.require(), "pushes a campaign's parts");
        Campaign campaign = campaign(caller.network(), code);
        if (campaign.validTo().isBefore(LocalDate.now(clock.withZone(OEM_DAY)))) {
            throw new Conflict("campaign " + code + " ended on " + campaign.validTo() + ": nothing is pushed for it any more");
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('campaign-push/' || ?1 || '/' || ?2))")
                .setParameter(1, caller.network()).setParameter(2, code).getSingleResult();
        List<PushPlan.DealerPush> plan = plan(caller.network(), code);
        Instant now = clock.instant();
        List<ServiceCase> orders = new ArrayList<>();
        for (PushPlan.DealerPush push : plan) {
            orders.add(order(caller, campaign, push, now));
        }
        return view(campaign, plan, orders, true);
    }

    private ServiceCase order(Caller caller, Campaign campaign, PushPlan.DealerPush push, Instant now) {
        Dealer dealer = dealers.require(push.dealer());
        ServiceCase serviceCase = opening.openUnsaved(dealer, CaseType.PARTS_ORDER, OrderState.SHIPPED.name(),
                "强制配货 Forced allocation: " + campaign.code() + " " + campaign.title(),
                push.vehicles() + " campaign vehicles not yet repaired", caller.username());
        PartsOrder order = new PartsOrder(serviceCase, OrderKind.FORCED, null, null, null, campaign.code(), push.value());
        em.persist(serviceCase);
        em.persist(order);
        em.flush();
        int lineNo = 0;
        for (PushPlan.Line line : push.lines()) {
            em.createNativeQuery("""
                            INSERT INTO parts_order_line (id, order_id, network_code, dealer_code, line_no, part_number, quantity,
                                                          unit_price, allocated, shipped)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?7)""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, order.id()).setParameter(3, dealer.network())
                    .setParameter(4, dealer.code()).setParameter(5, ++lineNo).setParameter(6, line.part())
                    .setParameter(7, line.quantity()).setParameter(8, line.unitPrice()).executeUpdate();
        }
        em.createNativeQuery("""
                        INSERT INTO campaign_push_item (network_code, campaign_code, vin, part_number, dealer_code, quantity, order_id, pushed_at)
                        SELECT ?1, ?2, i.vin, i.part, ?3, i.quantity::int, ?4, ?5 FROM unnest(?6, ?7, ?8) AS i(vin, part, quantity)""")
                .setParameter(1, dealer.network()).setParameter(2, campaign.code()).setParameter(3, dealer.code())
                .setParameter(4, order.id()).setParameter(5, Timestamp.from(now))
                .setParameter(6, push.items().stream().map(PushPlan.Item::vin).toArray(String[]::new))
                .setParameter(7, push.items().stream().map(PushPlan.Item::part).toArray(String[]::new))
                .setParameter(8, push.items().stream().map(i -> Integer.toString(i.quantity())).toArray(String[]::new))
                .executeUpdate();
        deposits.lock(dealer.code());
        deposits.debit(dealer.code(), push.value(), serviceCase.number(), order.id());
        outbox.recordChangeOf(order.id());
        return serviceCase;
    }

    private List<PushPlan.DealerPush> plan(String network, String code) {
        List<PushPlan.Vehicle> unrepaired = Rows.of(em.createNativeQuery("""
                        SELECT vin, dealer_code FROM campaign_vehicle
                        WHERE network_code = ?1 AND campaign_code = ?2 AND claim_id IS NULL AND dealer_code IS NOT NULL""")
                .setParameter(1, network).setParameter(2, code))
                .map(r -> new PushPlan.Vehicle((String) r[0], (String) r[1])).toList();
        Set<String> pushed = new HashSet<>();
        Rows.of(em.createNativeQuery("SELECT vin, part_number FROM campaign_push_item WHERE network_code = ?1 AND campaign_code = ?2")
                .setParameter(1, network).setParameter(2, code))
                .forEach(r -> pushed.add(PushPlan.key((String) r[0], (String) r[1])));
        return PushPlan.of(unrepaired, parts(network, code), pushed);
    }

    private List<PushPlan.Part> parts(String network, String code) {
        return Rows.of(em.createNativeQuery("""
                        SELECT p.number, p.description, COALESCE(cp.per_vehicle, 1), p.unit_price
                        FROM campaign c CROSS JOIN unnest(c.parts) AS n(number)
                        JOIN part p ON p.network_code = c.network_code AND p.number = n.number
                        LEFT JOIN campaign_part cp ON cp.network_code = c.network_code AND cp.campaign_code = c.code
                                                  AND cp.part_number = p.number
                        WHERE c.network_code = ?1 AND c.code = ?2 ORDER BY p.number""")
                .setParameter(1, network).setParameter(2, code))
                .map(r -> new PushPlan.Part((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (BigDecimal) r[3]))
                .toList();
    }

    private PushView view(Campaign campaign, List<PushPlan.DealerPush> plan, List<ServiceCase> orders, boolean committed) {
        List<PushView.DealerPush> perDealer = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PushPlan.DealerPush push = plan.get(i);
            ServiceCase order = orders.isEmpty() ? null : orders.get(i);
            perDealer.add(new PushView.DealerPush(push.dealer(), dealers.find(push.dealer()).map(Dealer::name).orElse(push.dealer()),
                    push.vehicles(), push.lines(), push.value(), order == null ? null : order.id(),
                    order == null ? null : order.number()));
        }
        Object[] counts = (Object[]) em.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE claim_id IS NULL), count(*) FILTER (WHERE claim_id IS NULL AND dealer_code IS NULL)
                        FROM campaign_vehicle WHERE network_code = ?1 AND campaign_code = ?2""")
                .setParameter(1, campaign.network()).setParameter(2, campaign.code()).getSingleResult();
        int quantity = plan.stream().flatMap(p -> p.lines().stream()).mapToInt(PushPlan.Line::quantity).sum();
        BigDecimal value = plan.stream().map(PushPlan.DealerPush::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PushView(campaign.code(), campaign.title(), committed, ((Number) counts[0]).longValue(),
                ((Number) counts[1]).longValue(), perDealer, quantity, value);
    }

    private Campaign campaign(String network, String code) {
        List<?> rows = em.createNativeQuery("SELECT title, parts, valid_to FROM campaign WHERE network_code = ?1 AND code = ?2")
                .setParameter(1, network).setParameter(2, code).getResultList();
        Object[] r = rows.stream().map(Object[].class::cast).findFirst().orElseThrow(() -> new NotFound("campaign", code));
        return new Campaign(network, code, (String) r[0], List.of((String[]) r[1]), NativeValues.date(r[2]));
    }

    private record Campaign(String network, String code, String title, List<String> parts, LocalDate validTo) {
    }
}
