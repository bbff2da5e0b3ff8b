package com.dealerhub.reporting.kpi.evaluation;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.InvalidField;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller asks of a KPI: the days {@code from} to {@code to} inclusive (the network's calendar),
 * split by {@code interval}, in rows {@code groupBy}, optionally narrowed to some dealers or regions
 * (inside the caller's reach, which is applied whatever is asked).
 */
public record KpiQuery(LocalDate from, LocalDate to, Interval interval, GroupBy groupBy, List<String> dealers, List<String> regions) {

    /** Enough for a day-by-day year, or twenty years by month. */
    static final int MAX_PERIODS = 400;

    public KpiQuery {
        dealers = List.copyOf(dealers);
        regions = List.copyOf(regions);
        if (to.isBefore(from)) {
            throw new InvalidField("to", ProblemCode.NOT_BEFORE.with("other", "from"));
        }
        if (from.plusYears(20).isBefore(to)) {
            throw new InvalidField("from", "a report spans at most 20 years");
        }
        if (interval.periods(from, to).size() > MAX_PERIODS) {
            throw new InvalidField("interval", "more than " + MAX_PERIODS + " periods: choose a longer interval or a shorter range");
        }
    }

    public List<Period> periods() {
        return interval.periods(from, to);
    }
}
