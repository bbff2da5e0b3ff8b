package com.dealerhub.reporting.kpi;

import com.dealerhub.reporting.kpi.definition.Population;
import com.dealerhub.reporting.kpi.evaluation.Cell;
import com.dealerhub.reporting.kpi.evaluation.Counter;
import com.dealerhub.reporting.kpi.evaluation.Interval;
import com.dealerhub.reporting.kpi.evaluation.KpiQuery;
import com.dealerhub.reporting.kpi.evaluation.Tallies;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.time.LocalDate;
import java.util.List;

/** Counts hand-made documents as the index would, for formula tests without a container. Reach: the documents of {@code dealer}, or all. */
final class DocumentCounter implements Counter {

    private final KpiQuery query;
    private final List<JsonObject> documents;
    private final String dealer;

    DocumentCounter(KpiQuery query, List<JsonObject> documents, String dealer) {
        this.query = query;
        this.documents = documents;
        this.dealer = dealer;
    }

    @Override
    public List<Tallies> count(List<Counting> countings) {
        return countings.stream().map(c -> count(c.population(), c.groupField(), c.sumField())).toList();
    }

    private Tallies count(Population population, String groupField, String sumField) {
        Tallies tallies = new Tallies();
        for (JsonObject document : documents) {
            if (!population.matches(document, query.from(), query.to())) {
                continue;
            }
            LocalDate day = population.dayOf(document);
            String period = query.interval() == Interval.TOTAL ? query.periods().getFirst().key() : query.interval().keyOf(day);
            double sum = sumField == null ? 0 : ((JsonNumber) document.get(sumField)).doubleValue();
            tallies.addNetwork(period, new Cell(1, sum));
            if (dealer != null && !dealer.equals(document.getString("dealerCode"))) {
                continue;
            }
            List<String> groups = groupField == null ? List.of(Tallies.ALL) : valuesOf(document, groupField);
            for (String group : groups) {
                tallies.addReach(group, period, new Cell(1, sum));
            }
        }
        return tallies;
    }

    private static List<String> valuesOf(JsonObject document, String field) {
        return document.get(field) instanceof JsonArray array
                ? array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of(document.getString(field));
    }
}
