package com.dealerhub.reporting.kpi.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * A KPI evaluated for a caller: its rows within the caller's reach, and beside them the network's
 * figure per period (for a tally, the average per dealer of the network).
 */
public record KpiReport(KpiInfo kpi, LocalDate from, LocalDate to, Interval interval, GroupBy groupBy,
                        List<Figure> rows, List<Figure> network) {
}
