package com.dealerhub.platform.parts.campaigns;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forced allocation's computation: unrepaired vehicles per dealer × parts per vehicle, less what was pushed. */
class PushPlanTest {

    static final PushPlan.Part PADS = new PushPlan.Part("P-40001", "pads", 2, new BigDecimal("380.00"));
    static final PushPlan.Part SENSOR = new PushPlan.Part("P-50001", "sensor", 1, new BigDecimal("120.50"));

    static final List<PushPlan.Vehicle> VEHICLES = List.of(
            new PushPlan.Vehicle("V3", "aurora-e02"), new PushPlan.Vehicle("V1", "aurora-e01"),
            new PushPlan.Vehicle("V2", "aurora-e01"));

    @Test
    void eachDealerGetsItsVehiclesTimesThePartsPerVehicle() {
        List<PushPlan.DealerPush> plan = PushPlan.of(VEHICLES, List.of(SENSOR, PADS), Set.of());

        assertEquals(List.of("aurora-e01", "aurora-e02"), plan.stream().map(PushPlan.DealerPush::dealer).toList());
        PushPlan.DealerPush e01 = plan.getFirst();
        assertEquals(2, e01.vehicles());
        assertEquals(List.of(new PushPlan.Line("P-40001", "pads", 2, 2, 4, new BigDecimal("380.00"), new BigDecimal("1520.00")),
                new PushPlan.Line("P-50001", "sensor", 1, 2, 2, new BigDecimal("120.50"), new BigDecimal("241.00"))), e01.lines());
        assertEquals(new BigDecimal("1761.00"), e01.value());
        assertEquals(4, e01.items().size());
        assertEquals(new BigDecimal("880.50"), plan.get(1).value());
    }

    @Test
    void whatWasPushedIsNotPushedAgain() {
        Set<String> pushed = Set.of(PushPlan.key("V1", "P-40001"), PushPlan.key("V1", "P-50001"), PushPlan.key("V2", "P-40001"));
        List<PushPlan.DealerPush> plan = PushPlan.of(VEHICLES, List.of(PADS, SENSOR), pushed);

        PushPlan.DealerPush e01 = plan.getFirst();
        assertEquals(1, e01.vehicles());
        assertEquals(List.of(new PushPlan.Item("V2", "P-50001", 1)), e01.items());
        assertEquals(1, e01.lines().size());
        assertEquals(2, plan.get(1).items().size());
    }

    @Test
    void everythingPushedLeavesNothingToPush() {
        List<PushPlan.DealerPush> first = PushPlan.of(VEHICLES, List.of(PADS, SENSOR), Set.of());
        Set<String> pushed = new java.util.HashSet<>();
        first.forEach(d -> d.items().forEach(i -> pushed.add(PushPlan.key(i.vin(), i.part()))));
        assertTrue(PushPlan.of(VEHICLES, List.of(PADS, SENSOR), pushed).isEmpty());
        assertTrue(PushPlan.of(List.of(), List.of(PADS), Set.of()).isEmpty());
        assertTrue(PushPlan.of(VEHICLES, List.of(), Set.of()).isEmpty());
    }

    @Test
    void theOrderOfTheInputsDoesNotChangeThePlan() {
        List<PushPlan.Vehicle> shuffled = new ArrayList<>(VEHICLES);
        Collections.reverse(shuffled);
        assertEquals(PushPlan.of(VEHICLES, List.of(PADS, SENSOR), Set.of()), PushPlan.of(shuffled, List.of(SENSOR, PADS), Set.of()));
    }
}
