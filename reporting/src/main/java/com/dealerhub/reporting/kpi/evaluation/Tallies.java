package com.dealerhub.reporting.kpi.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One population counted in a KPI report: per row and period within the caller's reach, and per
 * period over the caller's whole network (for the average shown beside its own figures).
 */
public final class Tallies {

    /** The row key of a population that is not split into rows (a ratio's denominator by reason). */
    public static final String ALL = "*";

    private final Map<String, Map<String, Cell>> reach = new LinkedHashMap<>();
    private final Map<String, Cell> network = new LinkedHashMap<>();

    public void addReach(String group, String period, Cell cell) {
        reach.computeIfAbsent(group, g -> new LinkedHashMap<>()).merge(period, cell, Tallies::plus);
    }

    public void addNetwork(String period, Cell cell) {
        network.merge(period, cell, Tallies::plus);
    }

    public Cell reach(String group, String period) {
        return reach.getOrDefault(group, Map.of()).getOrDefault(period, Cell.EMPTY);
    }

    public Cell network(String period) {
        return network.getOrDefault(period, Cell.EMPTY);
    }

    /** The rows this population has records in, in the order they were counted. */
    public Iterable<String> groups() {
        return reach.keySet();
    }

    private static Cell plus(Cell a, Cell b) {
        return new Cell(a.count() + b.count(), a.sum() + b.sum());
    }
}
