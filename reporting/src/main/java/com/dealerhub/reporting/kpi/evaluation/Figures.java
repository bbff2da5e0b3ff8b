package com.dealerhub.reporting.kpi.evaluation;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.reporting.kpi.definition.KpiDefinition;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Mean;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Ratio;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.Tally;
import com.dealerhub.reporting.kpi.definition.KpiDefinition.WeightedScore;

import java.io.IOException;
import java.util.ArrayList;
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
        if (query.groupBy() == GroupBy.REASON && !(definition instanceof Ratio r && r.breakdownField() != null)) {
            throw new InvalidField("by", definition.code() + " has no reasons to group by");
        }
        List<Figure> reach = new ArrayList<>();
        List<Figure> network = new ArrayList<>();
        switch (definition) {
            case Ratio ratio -> ratio(ratio, reach, network);
            case Mean mean -> mean(mean, reach, network);
            case Tally tally -> tally(tally, reach, network);
            case WeightedScore score -> score(score, reach, network);
        }
        return new KpiReport(KpiInfo.of(definition), query.from(), query.to(), query.interval(), query.groupBy(), reach, network);
    }

    private void ratio(Ratio ratio, List<Figure> reach, List<Figure> network) throws IOException {
        boolean byReason = query.groupBy() == GroupBy.REASON;
        Tallies numerator = counter.count(ratio.numerator(), byReason ? ratio.breakdownField() : query.groupBy().field(), null);
        Tallies denominator = counter.count(ratio.denominator(), byReason ? null : query.groupBy().field(), null);
        List<Group> groups = byReason ? reasons(numerator) : rows.groups();
        for (Group group : groups) {
            for (Period period : query.periods()) {
                Cell top = numerator.reach(key(group), period.key());
                Cell bottom = denominator.reach(byReason ? Tallies.ALL : key(group), period.key());
                reach.add(share(group, period, top.count(), bottom.count()));
            }
        }
        for (Period period : query.periods()) {
            network.add(share(rows.network(), period, numerator.network(period.key()).count(), denominator.network(period.key()).count()));
        }
    }

    private void mean(Mean mean, List<Figure> reach, List<Figure> network) throws IOException {
        Tallies population = counter.count(mean.population(), query.groupBy().field(), mean.field());
        for (Group group : rows.groups()) {
            for (Period period : query.periods()) {
                reach.add(average(group, period, population.reach(key(group), period.key())));
            }
        }
        for (Period period : query.periods()) {
            network.add(average(rows.network(), period, population.network(period.key())));
        }
    }

    private void tally(Tally tally, List<Figure> reach, List<Figure> network) throws IOException {
        Tallies population = counter.count(tally.population(), query.groupBy().field(), null);
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

    private void score(WeightedScore score, List<Figure> reach, List<Figure> network) throws IOException {
        Map<String, KpiReport> parts = new LinkedHashMap<>();
        for (KpiDefinition.Component component : score.components()) {
            parts.put(component.ratio().code(), report(component.ratio()));
        }
        List<KpiReport> reports = List.copyOf(parts.values());
        for (int i = 0; i < reports.getFirst().rows().size(); i++) {
            reach.add(weighted(score, reports, i, false));
        }
        for (int i = 0; i < reports.getFirst().network().size(); i++) {
            network.add(weighted(score, reports, i, true));
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
