package com.dealerhub.reporting.kpi.definition;

import com.dealerhub.reporting.indexing.FeedIndex;
import com.dealerhub.reporting.indexing.SearchIndex;

/** Where a KPI's records live: the platform's own cases, or the dealers' service-process feed. */
public enum Source {
    CASES(SearchIndex.ALIAS),
    FEED(FeedIndex.ALIAS);

    private final String alias;

    Source(String alias) {
        this.alias = alias;
    }

    /** The index alias its records are read from. */
    public String alias() {
        return alias;
    }
}
