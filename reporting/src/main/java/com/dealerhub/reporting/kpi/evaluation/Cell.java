package com.dealerhub.reporting.kpi.evaluation;

/** What a population holds in one row and period: how many records, and the sum of a number field over them. */
public record Cell(long count, double sum) {

    static final Cell EMPTY = new Cell(0, 0);
}
