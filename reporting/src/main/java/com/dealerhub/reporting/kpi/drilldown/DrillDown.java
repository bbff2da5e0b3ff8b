package com.dealerhub.reporting.kpi.drilldown;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.reporting.kpi.definition.Criterion;
import com.dealerhub.reporting.kpi.definition.KpiDefinition;
import com.dealerhub.reporting.kpi.definition.Population;
import com.dealerhub.reporting.kpi.evaluation.IndexCounter;
import com.dealerhub.reporting.kpi.evaluation.KpiQuery;

import java.io.IOException;
import java.util.List;

/**
 * Lists the records behind a figure with the very population the figure counted, within the
 * caller's reach: their number is the figure's count or base, by construction.
 */
public final class DrillDown {

    /** Case fields too long or too private for a list of records. */
    private static final List<String> CASE_FIELDS_LEFT_OUT = List.of("timeline", "description", "clocks", "cause");

    private DrillDown() {
    }

    /** The population behind one side of a figure; {@code reason} narrows a ratio's numerator to one reason. */
    public static Population population(KpiDefinition definition, Side side, String reason) {
        Population population = switch (definition) {
            case KpiDefinition.Ratio r -> side == Side.NUMERATOR ? r.numerator() : r.denominator();
            case KpiDefinition.Mean m -> {
                if (side == Side.NUMERATOR) {
                    throw new InvalidField("side", definition.code() + " is an average: its records are its DENOMINATOR");
                }
                yield m.population();
            }
            case KpiDefinition.Tally t -> {
                if (side == Side.DENOMINATOR) {
                    throw new InvalidField("side", definition.code() + " is a count: its records are its NUMERATOR");
                }
                yield t.population();
            }
            case KpiDefinition.WeightedScore s -> throw new InvalidField("kpi",
                    definition.code() + " is a score: drill into its components " + s.components().stream().map(c -> c.ratio().code()).toList());
        };
        if (reason == null) {
            return population;
        }
        if (!(definition instanceof KpiDefinition.Ratio r) || r.breakdownField() == null || side != Side.NUMERATOR) {
            throw new InvalidField("reason", "only the numerator of a KPI by reason has reasons");
        }
        return population.and(Criterion.is(r.breakdownField(), reason));
    }

    public static RecordPage page(ElasticsearchClient client, Caller caller, KpiDefinition definition, Side side, String reason,
                                  KpiQuery query, int page, int size) throws IOException {
        Population population = population(definition, side, reason);
        Query reach = new IndexCounter(client, caller, query).reachOfQuery();
        SearchResponse<JsonData> response = client.search(s -> s
                .index(population.source().alias()).ignoreUnavailable(true).allowNoIndices(true)
                .query(q -> q.bool(b -> b.filter(reach).filter(population.query(query.from(), query.to()))))
                .source(src -> src.filter(f -> f.excludes(CASE_FIELDS_LEFT_OUT)))
                .sort(o -> o.field(f -> f.field(population.dateField()).order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                .trackTotalHits(t -> t.enabled(true))
                .from(page * size).size(size), JsonData.class);
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new RecordPage(definition.code(), definition.version().number(), side, population.source(), total, page, size,
                response.hits().hits().stream().map(h -> h.source().toJson().asJsonObject()).toList());
    }
}
