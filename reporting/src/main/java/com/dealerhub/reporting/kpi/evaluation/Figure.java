package com.dealerhub.reporting.kpi.evaluation;

import java.util.Map;

/**
 * One figure of a KPI report. {@code count} is the records of a ratio's numerator or a tally;
 * {@code base} those of a ratio's denominator or of the population an average is taken over; the
 * drill-down lists exactly these records. {@code noData} when there is nothing to compute from
 * (an empty denominator): that is not zero. A score carries its components' values.
 */
public record Figure(Group group, Period period, Long count, Long base, Double value, boolean noData,
                     Map<String, Double> components) {
}
