package com.dealerhub.reporting.kpi.evaluation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.reporting.kpi.definition.Population;
import com.dealerhub.reporting.search.Reach;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts populations with one multi-search, an aggregation per population: its query keeps the caller's
 * network and the population in the range; "network" counts it per period, "reach" again within the caller's reach
 * (and the dealers or regions asked for) per row and period. No record leaves the index.
 */
public final class IndexCounter implements Counter {

    private static final String NETWORK = "network";
    private static final String REACH = "reach";
    private static final String GROUPS = "groups";
    private static final String PERIODS = "periods";
    private static final String SUM = "sum";
    /** More rows than any network has dealers. */
    private static final int MAX_GROUPS = 10_000;

    private final ElasticsearchClient client;
    private final Caller caller;
    private final KpiQuery query;

    public IndexCounter(ElasticsearchClient client, Caller caller, KpiQuery query) {
        this.client = client;
        this.caller = caller;
        this.query = query;
    }

    @Override
    public List<Tallies> count(List<Counting> countings) throws IOException {
        if (countings.isEmpty()) {
            return List.of();
        }
        Query reach = reachOfQuery();
        MsearchResponse<Void> response = client.msearch(m -> {
            for (Counting counting : countings) {
                m.searches(item -> item
                        .header(h -> h.index(counting.population().source().alias()).ignoreUnavailable(true).allowNoIndices(true)
                                .requestCache(true))
                        .body(body -> body.size(0)
                                .query(q -> q.bool(b -> {
                                    Reach.network(caller, b);
                                    return b.filter(counting.population().query(query.from(), query.to()));
                                }))
                                .aggregations(NETWORK, a -> a.filter(f -> f.matchAll(all -> all))
                                        .aggregations(leaves(counting.population(), counting.sumField())))
                                .aggregations(REACH, a -> {
                                    a.filter(reach);
                                    if (counting.groupField() == null) {
                                        return a.aggregations(leaves(counting.population(), counting.sumField()));
                                    }
                                    return a.aggregations(GROUPS, g -> g.terms(t -> t.field(counting.groupField()).size(MAX_GROUPS))
                                            .aggregations(leaves(counting.population(), counting.sumField())));
                                })));
            }
            return m;
        }, Void.class);
        List<Tallies> tallies = new ArrayList<>();
        for (int i = 0; i < countings.size(); i++) {
            MultiSearchResponseItem<Void> item = response.responses().get(i);
            if (item.isFailure()) {
                throw new IOException("counting " + countings.get(i).population() + " failed: " + item.failure().error().reason());
            }
            tallies.add(tallies(item.result().aggregations(), countings.get(i).groupField()));
        }
        return tallies;
    }

    private Tallies tallies(Map<String, Aggregate> aggregations, String groupField) {
        Tallies tallies = new Tallies();
        Aggregate network = aggregations.get(NETWORK);
        if (network == null) {
            return tallies; // no index yet behind the alias: nothing recorded, no data
        }
        cells(network.filter().docCount(), network.filter().aggregations(), tallies::addNetwork);
        Aggregate reach = aggregations.get(REACH);
        if (groupField == null) {
            cells(reach.filter().docCount(), reach.filter().aggregations(), (period, cell) -> tallies.addReach(Tallies.ALL, period, cell));
        } else {
            for (StringTermsBucket group : reach.filter().aggregations().get(GROUPS).sterms().buckets().array()) {
                String key = group.key().stringValue();
                cells(group.docCount(), group.aggregations(), (period, cell) -> tallies.addReach(key, period, cell));
            }
        }
        return tallies;
    }

    /** The caller's reach, narrowed to the dealers and regions asked for. */
    public Query reachOfQuery() {
        return Query.of(q -> q.bool(b -> {
            Reach.apply(caller, b);
            if (!query.dealers().isEmpty()) {
                b.filter(f -> f.terms(t -> t.field("dealerCode").terms(v -> v.value(values(query.dealers())))));
            }
            if (!query.regions().isEmpty()) {
                b.filter(f -> f.terms(t -> t.field("regionCode").terms(v -> v.value(values(query.regions())))));
            }
            return b;
        }));
    }

    private Map<String, Aggregation> leaves(Population population, String sumField) {
        Aggregation sum = sumField == null ? null : Aggregation.of(a -> a.sum(s -> s.field(sumField)));
        if (query.interval() == Interval.TOTAL) {
            return sum == null ? Map.of() : Map.of(SUM, sum);
        }
        return Map.of(PERIODS, Aggregation.of(a -> {
            a.dateHistogram(h -> h.field(population.dateField()).calendarInterval(query.interval().calendar())
                    .timeZone(Population.ZONE.getId()).format("yyyy-MM-dd").minDocCount(1));
            return sum == null ? a : a.aggregations(SUM, sum);
        }));
    }

    private interface CellSink {
        void add(String period, Cell cell);
    }

    private void cells(long count, Map<String, Aggregate> aggregations, CellSink sink) {
        if (query.interval() == Interval.TOTAL) {
            sink.add(query.periods().getFirst().key(), new Cell(count, sum(aggregations)));
            return;
        }
        for (DateHistogramBucket bucket : aggregations.get(PERIODS).dateHistogram().buckets().array()) {
            String period = query.interval().keyOf(LocalDate.parse(bucket.keyAsString()));
            sink.add(period, new Cell(bucket.docCount(), sum(bucket.aggregations())));
        }
    }

    private static double sum(Map<String, Aggregate> aggregations) {
        Aggregate sum = aggregations.get(SUM);
        return sum == null ? 0 : sum.sum().value();
    }

    private static List<FieldValue> values(List<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }
}
