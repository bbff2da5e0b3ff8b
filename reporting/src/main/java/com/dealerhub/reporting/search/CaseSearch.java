package com.dealerhub.reporting.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import com.dealerhub.common.export.Exports;
import com.dealerhub.common.security.Caller;
import com.dealerhub.reporting.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Network-wide case search. The caller's reach is added to every query here, on the server:
 * its network always, its dealer or regions when it has them, and never the case types its role
 * may not read; whatever the client asks, it cannot see past that.
 */
@ApplicationScoped
public class CaseSearch {

    /**
     * The overall SLA state of a case. Documents written before cases carried it (migration V13)
     * have none, and count as {@link SlaState#NONE} until a reindex rewrites them.
     */
    static final String SLA_STATE = "slaState";

    /** Facet name → indexed field. */
    static final Map<String, String> FACETS = Map.of(
            "type", "type", "state", "state", "dealer", "dealerCode", "region", "regionCode", "kind", "kind",
            "slaState", SLA_STATE);

    /** Cases opened per month, newest month first, as {@code yyyy-MM}. */
    static final String MONTH_FACET = "month";

    /**
     * Free text is matched as phrases: the standard analyzer splits Chinese into single
     * characters, and a phrase query puts them back in order, so "发动机" finds 发动机异响
     * but not a text that merely contains 发, 动 and 机 somewhere.
     */
    private static final List<String> TEXT_FIELDS = List.of("subject^3", "description", "cause", "dealerName", "regionName", "timeline.note");

    @Inject
    SearchIndex index;

    public SearchResult search(Caller caller, SearchCriteria criteria) throws IOException {
        Query query = query(caller, criteria);
        SearchResponse<JsonData> response = index.client().search(s -> {
            s.index(SearchIndex.ALIAS).query(query)
                    .from(criteria.page() * criteria.size()).size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true));
            order(s, criteria.order());
            FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> {
                t.field(field).size(100);
                if (field.equals(SLA_STATE)) {
                    t.missing(FieldValue.of(SlaState.NONE.name()));
                }
                return t;
            })));
            s.aggregations(MONTH_FACET, a -> a.dateHistogram(h -> h.field("createdAt")
                    .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1)));
            return s;
        }, JsonData.class);
        List<JsonObject> items = response.hits().hits().stream()
                .map(hit -> hit.source().toJson().asJsonObject())
                .toList();
        return new SearchResult(response.hits().total() == null ? items.size() : response.hits().total().value(),
                criteria.page(), criteria.size(), items, facets(response.aggregations()));
    }

    /**
     * Every case the search finds (its page and size aside), in its order, for an export: the same query and
     * reach as {@link #search}, read in batches past Elasticsearch's result window. Only the exported fields
     * are read. A 400 naming {@code from} (the period to narrow) when more than {@link Exports#MAX_ROWS} match.
     */
    public List<JsonObject> all(Caller caller, SearchCriteria criteria) throws IOException {
        Query query = query(caller, criteria);
        long total = index.client().count(c -> c.index(SearchIndex.ALIAS).query(query)).count();
        Exports.requireWithinLimit(total, "from");
        List<JsonObject> found = new ArrayList<>((int) total);
        List<FieldValue> after = null;
        while (found.size() < total) {
            List<FieldValue> from = after;
            SearchResponse<JsonData> batch = index.client().search(s -> {
                s.index(SearchIndex.ALIAS).query(query).size(EXPORT_BATCH).trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.filter(f -> f.includes(EXPORTED_FIELDS)));
                order(s, criteria.order());
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, JsonData.class);
            var hits = batch.hits().hits();
            if (hits.isEmpty()) {
                break;
            }
            hits.forEach(hit -> found.add(hit.source().toJson().asJsonObject()));
            after = hits.getLast().sort();
        }
        return found;
    }

    private static final int EXPORT_BATCH = 2_000;

    /** What an export of the search shows of each case. */
    static final List<String> EXPORTED_FIELDS = List.of("number", "type", "state", "dealerCode", "dealerName", "regionCode",
            "subject", "kind", "vin", "amount", "slaState", "nextDueAt", "createdAt", "updatedAt");

    /** The search's query: the caller's reach, the filters, the free text. */
    private static Query query(Caller caller, SearchCriteria criteria) {
        return Query.of(q -> q.bool(b -> {
            Reach.apply(caller, b);
            filters(criteria, b);
            if (criteria.text() != null && !criteria.text().isBlank()) {
                String text = criteria.text().strip();
                b.must(m -> m.bool(t -> t
                        .should(s -> s.multiMatch(mm -> mm.query(text).fields(TEXT_FIELDS).type(TextQueryType.Phrase)))
                        .should(s -> s.term(term -> term.field("number").value(text)))
                        .should(s -> s.term(term -> term.field("vin").value(text.toUpperCase(java.util.Locale.ROOT))))
                        .minimumShouldMatch("1")));
            }
            return b;
        }));
    }

    private static void order(SearchRequest.Builder search, SearchOrder order) {
        switch (order) {
            case NEWEST -> search.sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)));
            case OLDEST -> search.sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Asc)));
            case RELEVANCE -> search.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)));
            case NUMBER -> { }
        }
        search.sort(o -> o.field(f -> f.field("number").order(SortOrder.Asc)));
    }

    private static void filters(SearchCriteria criteria, BoolQuery.Builder query) {
        termsFilter(query, "type", criteria.types());
        termsFilter(query, "state", criteria.states());
        termsFilter(query, "dealerCode", criteria.dealers());
        termsFilter(query, "regionCode", criteria.regions());
        warrantyFilters(criteria.warranty(), query);
        slaFilters(criteria.sla(), query);
        if (criteria.from() != null || criteria.to() != null) {
            query.filter(f -> f.range(r -> r.date(d -> {
                d.field("createdAt");
                if (criteria.from() != null) {
                    d.gte(criteria.from().toString());
                }
                if (criteria.to() != null) {
                    d.lt(criteria.to().plusDays(1).toString());
                }
                return d;
            })));
        }
    }

    private static void warrantyFilters(SearchCriteria.Warranty warranty, BoolQuery.Builder query) {
        termsFilter(query, "kind", warranty.kinds());
        termFilter(query, "vin", warranty.vin() == null ? null : warranty.vin().toUpperCase(java.util.Locale.ROOT));
        termFilter(query, "parts", warranty.part());
        termFilter(query, "laborOperations", warranty.laborOperation());
        if (warranty.minAmount() != null || warranty.maxAmount() != null) {
            query.filter(f -> f.range(r -> r.number(n -> {
                n.field("amount");
                if (warranty.minAmount() != null) {
                    n.gte(warranty.minAmount().doubleValue());
                }
                if (warranty.maxAmount() != null) {
                    n.lte(warranty.maxAmount().doubleValue());
                }
                return n;
            })));
        }
    }

    private static void slaFilters(SearchCriteria.Sla sla, BoolQuery.Builder query) {
        if (!sla.states().isEmpty()) {
            List<String> states = sla.states().stream().map(Enum::name).toList();
            query.filter(f -> f.bool(b -> {
                b.should(s -> s.terms(t -> t.field(SLA_STATE).terms(v -> v.value(values(states)))));
                if (sla.states().contains(SlaState.NONE)) {
                    b.should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field(SLA_STATE)))));
                }
                return b.minimumShouldMatch("1");
            }));
        }
        if (sla.dueBefore() != null) {
            query.filter(f -> f.range(r -> r.date(d -> d.field("nextDueAt").lt(sla.dueBefore().toString()))));
        }
    }

    private static void termFilter(BoolQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.filter(f -> f.term(t -> t.field(field).value(value.strip())));
        }
    }

    private static void termsFilter(BoolQuery.Builder query, String field, List<String> values) {
        if (!values.isEmpty()) {
            query.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(values(values)))));
        }
    }

    private static List<FieldValue> values(List<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    private static Map<String, List<SearchResult.FacetCount>> facets(Map<String, Aggregate> aggregations) {
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : FACETS.keySet().stream().sorted().toList()) {
            Aggregate aggregate = aggregations.get(name);
            List<StringTermsBucket> buckets = aggregate == null ? List.of() : aggregate.sterms().buckets().array();
            facets.put(name, buckets.stream()
                    .map(b -> new SearchResult.FacetCount(b.key().stringValue(), b.docCount()))
                    .toList());
        }
        Aggregate months = aggregations.get(MONTH_FACET);
        facets.put(MONTH_FACET, months == null ? List.of() : months.dateHistogram().buckets().array().stream()
                .map(b -> new SearchResult.FacetCount(b.keyAsString(), b.docCount()))
                .toList().reversed());
        return facets;
    }
}
