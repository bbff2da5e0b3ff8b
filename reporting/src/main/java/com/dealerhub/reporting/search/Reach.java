package com.dealerhub.reporting.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.RestrictedCaseTypes;

import java.util.List;
import java.util.Set;

/**
 * What of the index a caller may read, added on the server to every query of the read side
 * (search, KPIs, drill-down): its network always, its dealer or regions when it has them, and never
 * the case types its role may not read; whatever the client asks, it cannot see past that.
 */
public final class Reach {

    private Reach() {
    }

    /** The caller's whole reach. */
    public static void apply(Caller caller, BoolQuery.Builder query) {
        network(caller, query);
        switch (caller.scope()) {
            case DEALER -> query.filter(f -> f.term(t -> t.field("dealerCode").value(caller.dealer())));
            case REGIONS -> query.filter(f -> f.terms(t -> t.field("regionCode").terms(v -> v.value(values(List.copyOf(caller.regions()))))));
            default -> { }
        }
    }

    /**
     * The caller's network and the case types it may read, without its dealer or regions: for
     * network-wide figures (averages) shown beside its own, never for records.
     */
    public static void network(Caller caller, BoolQuery.Builder query) {
        switch (caller.scope()) {
            case DEALER, REGIONS, NETWORK -> query.filter(f -> f.term(t -> t.field("network").value(caller.network())));
            case PLATFORM, SYSTEM -> throw new Forbidden("the read side is for the users of an OEM network");
        }
        Set<String> hidden = RestrictedCaseTypes.hiddenFrom(caller);
        if (!hidden.isEmpty()) {
            query.mustNot(n -> n.terms(t -> t.field("type").terms(v -> v.value(values(List.copyOf(hidden))))));
        }
    }

    private static List<FieldValue> values(List<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }
}
