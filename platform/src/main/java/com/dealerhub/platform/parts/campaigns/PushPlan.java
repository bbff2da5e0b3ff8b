package com.dealerhub.platform.parts.campaigns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a forced allocation pushes to each dealer: for every campaign vehicle at the dealer not yet repaired,
 * each campaign part times its quantity per vehicle, except what an earlier push already sent for that
 * vehicle. A pure function: same inputs, same plan; dealers and parts in code order.
 */
public final class PushPlan {

    /** A campaign vehicle not yet repaired, and the dealer that is to repair it. */
    public record Vehicle(String vin, String dealer) {
    }

    /** A part of the campaign: how many one vehicle needs, at its catalogue price. */
    public record Part(String number, String description, int perVehicle, BigDecimal unitPrice) {
    }

    /** What one vehicle gets of one part (recorded, so that it is never pushed twice). */
    public record Item(String vin, String part, int quantity) {
    }

    /** One line of a dealer's push: a part for so many vehicles. */
    public record Line(String part, String description, int perVehicle, int vehicles, int quantity, BigDecimal unitPrice,
                       BigDecimal value) {
    }

    /** What one dealer gets: its lines, the vehicles they are for, their value, and the items behind them. */
    public record DealerPush(String dealer, int vehicles, List<Line> lines, BigDecimal value, List<Item> items) {
    }

    private PushPlan() {
    }

    /**
     * @param pushed the vehicle and part pairs already pushed, as {@code vin + "/" + part}
     */
    public static List<DealerPush> of(List<Vehicle> unrepaired, List<Part> parts, Set<String> pushed) {
        Map<String, List<Vehicle>> byDealer = new TreeMap<>();
        unrepaired.stream().sorted(Comparator.comparing(Vehicle::vin))
                .forEach(v -> byDealer.computeIfAbsent(v.dealer(), d -> new ArrayList<>()).add(v));
        List<Part> sortedParts = parts.stream().sorted(Comparator.comparing(Part::number)).toList();
        List<DealerPush> plan = new ArrayList<>();
        byDealer.forEach((dealer, vehicles) -> {
            List<Line> lines = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            Map<String, Boolean> vehiclesServed = new LinkedHashMap<>();
            for (Part part : sortedParts) {
                int count = 0;
                for (Vehicle vehicle : vehicles) {
                    if (!pushed.contains(key(vehicle.vin(), part.number()))) {
                        items.add(new Item(vehicle.vin(), part.number(), part.perVehicle()));
                        vehiclesServed.put(vehicle.vin(), true);
                        count++;
                    }
                }
                if (count > 0) {
                    int quantity = count * part.perVehicle();
                    lines.add(new Line(part.number(), part.description(), part.perVehicle(), count, quantity, part.unitPrice(),
                            part.unitPrice().multiply(BigDecimal.valueOf(quantity))));
                }
            }
            if (!lines.isEmpty()) {
                BigDecimal value = lines.stream().map(Line::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                plan.add(new DealerPush(dealer, vehiclesServed.size(), List.copyOf(lines), value, List.copyOf(items)));
            }
        });
        return List.copyOf(plan);
    }

    public static String key(String vin, String part) {
        return vin + "/" + part;
    }
}
