package com.dealerhub.reporting.kpi.evaluation;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.reporting.kpi.definition.KpiDefinition;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Mean;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Ratio;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Tally;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.WeightedScore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a definition's counted populations into figures: the formulas of the four kinds of KPI,
 * whichever counter counted. Nothing here knows the index.
 */
public final class Figures {

    /** The rows a report has, and how many dealers the network has (for a tally's average per dealer). */
    public record Rows(Group network, List<Group> groups, int networkDealers) {
    }

    private final KpiQuery query;
    private final Rows rows;
    private final Counter counter;

    public Figures(KpiQuery query, Rows rows, Counter counter) {
        this.query = query;
        this.rows = rows;
        this.counter = counter;
    }

    public KpiReport report(KpiDefinition definition) throws IOException {
        return reports(List.of(definition)).getFirst();
    }

    /** Several KPIs over the same range and rows, their populations counted in one go (each once). */
    public List<KpiReport> reports(List<KpiDefinition> definitions) throws IOException {
        for (KpiDefinition definition : definitions) {
            if (query.groupBy() == GroupBy.REASON && !(definition instanceof Ratio r && r.breakdownField() != null)) {
                throw new InvalidField("by", definition.code() + " has no reasons to group by");
            }
        }
        List<Counter.Counting> needed = definitions.stream().flatMap(d -> countings(d).stream()).distinct().toList();
        List<Tallies> tallies = counter.count(needed);
        Map<Counter.Counting, Tallies> counted = new HashMap<>();
        for (int i = 0; i < needed.size(); i++) {
            counted.put(needed.get(i), tallies.get(i));
        }
        List<KpiReport> reports = new ArrayList<>();
        for (KpiDefinition definition : definitions) {
            reports.add(evaluate(definition, counted));
        }
        return reports;
    }

    /** The populations a definition counts, with the rows and sums it needs of them. */
    private List<Counter.Counting> countings(KpiDefinition definition) {
        return switch (definition) {
            case Ratio ratio -> List.of(numerator(ratio), denominator(ratio));
            case Mean mean -> List.of(new Counter.Counting(mean.population(), query.groupBy().field(), mean.field()));
            case Tally tally -> List.of(new Counter.Counting(tally.population(), query.groupBy().field(), null));
            case WeightedScore score -> score.components().stream().flatMap(c -> countings(c.ratio()).stream()).toList();
        };
    }

    private Counter.Counting numerator(Ratio ratio) {
        return new Counter.Counting(ratio.numerator(), byReason() ? ratio.breakdownField() : query.groupBy().field(), null);
    }

    private Counter.Counting denominator(Ratio ratio) {
        return new Counter.Counting(ratio.denominator(), byReason() ? null : query.groupBy().field(), null);
    }

    private boolean byReason() {
        return query.groupBy() == GroupBy.REASON;
    }

    private KpiReport evaluate(KpiDefinition definition, Map<Counter.Counting, Tallies> counted) {
        List<Figure> reach = new ArrayList<>();
        List<Figure> network = new ArrayList<>();
        switch (definition) {
            case Ratio ratio -> ratio(ratio, counted, reach, network);
            case Mean mean -> mean(counted.get(countings(mean).getFirst()), reach, network);
            case Tally tally -> tally(counted.get(countings(tally).getFirst()), reach, network);
            case WeightedScore score -> score(score, counted, reach, network);
        }
        return new KpiReport(KpiInfo.of(definition), query.from(), query.to(), query.interval(), query.groupBy(), reach, network);
    }

    private void ratio(Ratio ratio, Map<Counter.Counting, Tallies> counted, List<Figure> reach, List<Figure> network) {
        Tallies numerator = counted.get(numerator(ratio));
        Tallies denominator = counted.get(denominator(ratio));
        List<Group> groups = byReason() ? reasons(numerator) : rows.groups();
        for (Group group : groups) {
            for (Period period : query.periods()) {
                Cell top = numerator.reach(key(group), period.key());
                Cell bottom = denominator.reach(byReason() ? Tallies.ALL : key(group), period.key());
                reach.add(share(group, period, top.count(), bottom.count()));
            }
        }
        for (Period period : query.periods()) {
            network.add(share(rows.network(), period, numerator.network(period.key()).count(), denominator.network(period.key()).count()));
        }
    }

    private void mean(Tallies population, List<Figure> reach, List<Figure> network) {
        for (Group group : rows.groups()) {
            for (Period period : query.periods()) {
                reach.add(average(group, period, population.reach(key(group), period.key())));
            }
        }
        for (Period period : query.periods()) {
            network.add(average(rows.network(), period, population.network(period.key())));
        }
    }

    private void tally(Tallies population, List<Figure> reach, List<Figure> network) {
        for (Group group : rows.groups()) {
            for (Period period : query.periods()) {
                long count = population.reach(key(group), period.key()).count();
                reach.add(new Figure(group, period, count, null, (double) count, false, null));
            }
        }
        for (Period period : query.periods()) {
            long count = population.network(period.key()).count();
            boolean noDealers = rows.networkDealers() == 0;
            network.add(new Figure(rows.network(), period, count, (long) rows.networkDealers(),
                    noDealers ? null : (double) count / rows.networkDealers(), noDealers, null));
        }
    }

    private void score(WeightedScore score, Map<Counter.Counting, Tallies> counted, List<Figure> reach, List<Figure> network) {
        List<KpiReport> parts = new ArrayList<>();
        for (KpiDefinition.Component component : score.components()) {
            parts.add(evaluate(component.ratio(), counted));
        }
        for (int i = 0; i < parts.getFirst().rows().size(); i++) {
            reach.add(weighted(score, parts, i, false));
        }
        for (int i = 0; i < parts.getFirst().network().size(); i++) {
            network.add(weighted(score, parts, i, true));
        }
    }

    /** The score of one cell: every component needs data, else the score has none. */
    private static Figure weighted(WeightedScore score, List<KpiReport> parts, int index, boolean network) {
        Map<String, Double> components = new LinkedHashMap<>();
        double total = 0;
        boolean noData = false;
        for (int c = 0; c < parts.size(); c++) {
            Figure part = (network ? parts.get(c).network() : parts.get(c).rows()).get(index);
            components.put(parts.get(c).kpi().code(), part.value());
            noData |= part.noData();
            if (!part.noData()) {
                total += score.components().get(c).weight() * part.value();
            }
        }
        Figure first = (network ? parts.getFirst().network() : parts.getFirst().rows()).get(index);
        return new Figure(first.group(), first.period(), null, first.base(), noData ? null : round(total), noData, components);
    }

    private static Figure share(Group group, Period period, long numerator, long denominator) {
        return denominator == 0
                ? new Figure(group, period, numerator, denominator, null, true, null)
                : new Figure(group, period, numerator, denominator, (double) numerator / denominator, false, null);
    }

    private static Figure average(Group group, Period period, Cell cell) {
        return cell.count() == 0
                ? new Figure(group, period, null, 0L, null, true, null)
                : new Figure(group, period, null, cell.count(), round(cell.sum() / cell.count()), false, null);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private String key(Group group) {
        return query.groupBy() == GroupBy.NETWORK ? Tallies.ALL : group.code();
    }

    private static List<Group> reasons(Tallies numerator) {
        List<Group> reasons = new ArrayList<>();
        numerator.groups().forEach(code -> reasons.add(new Group(code, null)));
        return reasons;
    }
}
