package com.dealerhub.reporting.kpi.evaluation;

import com.dealerhub.reporting.kpi.definition.Population;

import java.io.IOException;
import java.util.List;

/** Counts populations' records per row and period; the index does it for callers, a list of documents in the unit tests. */
@FunctionalInterface
public interface Counter {

    /**
     * One population to count.
     *
     * @param groupField the field whose values make the rows, or null for one row ({@link Tallies#ALL})
     * @param sumField   a number field to sum in every cell, or null
     */
    record Counting(Population population, String groupField, String sumField) {
    }

    /** The tallies of each counting, in the same order: all of them at once, so that the index can count them together. */
    List<Tallies> count(List<Counting> countings) throws IOException;
}
