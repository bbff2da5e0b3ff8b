package com.dealerhub.reporting.kpi.evaluation;

/** The rows of a KPI report: the network as one, its regions, its dealers, or the reasons of a ratio that has them. */
public enum GroupBy {
    NETWORK(null), REGION("regionCode"), DEALER("dealerCode"), REASON(null);

    private final String field;

    GroupBy(String field) {
        this.field = field;
    }

    /** The indexed field the rows are told apart by, when it is the same for every KPI. */
    String field() {
        return field;
    }
}
