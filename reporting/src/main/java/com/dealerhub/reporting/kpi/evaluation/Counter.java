package com.dealerhub.reporting.kpi.evaluation;

import com.dealerhub.reporting.kpi.definition.Population;

import java.io.IOException;

/** Counts a population's records per row and period; the index does it for callers, a list of documents in the unit tests. */
@FunctionalInterface
public interface Counter {

    /**
     * @param groupField the field whose values make the rows, or null for one row ({@link Tallies#ALL})
     * @param sumField   a number field to sum in every cell, or null
     */
    Tallies count(Population population, String groupField, String sumField) throws IOException;
}
