package com.dealerhub.platform.threeguarantees;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A repair claimed under warranty and also sent by the dealer's system as a repair order is one
 * repair: a claim naming a repair order number the same dealer's feed sent counts once, as the
 * repair order (which knows the hours and the transport days).
 */
public final class OneRepairPerRepairOrder {

    private OneRepairPerRepairOrder() {
    }

    public static List<Repair> of(List<Repair> repairs) {
        Set<String> repairOrders = repairs.stream().filter(r -> r.source() == RepairSource.REPAIR_ORDER)
                .map(r -> key(r.dealer(), r.reference())).collect(Collectors.toSet());
        return repairs.stream().filter(r -> r.source() == RepairSource.REPAIR_ORDER || r.repairOrder() == null
                || !repairOrders.contains(key(r.dealer(), r.repairOrder()))).toList();
    }

    private static String key(String dealer, String repairOrder) {
        return dealer + "\u0000" + repairOrder;
    }
}
