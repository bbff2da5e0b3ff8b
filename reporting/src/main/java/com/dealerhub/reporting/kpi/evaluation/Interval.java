package com.dealerhub.reporting.kpi.evaluation;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** How a KPI report splits its range: not at all (TOTAL), or by the network's calendar day, month or year. */
public enum Interval {
    TOTAL(null, null),
    DAY(CalendarInterval.Day, DateTimeFormatter.ISO_LOCAL_DATE),
    MONTH(CalendarInterval.Month, DateTimeFormatter.ofPattern("yyyy-MM")),
    YEAR(CalendarInterval.Year, DateTimeFormatter.ofPattern("yyyy"));

    private final CalendarInterval calendar;
    private final DateTimeFormatter key;

    Interval(CalendarInterval calendar, DateTimeFormatter key) {
        this.calendar = calendar;
        this.key = key;
    }

    CalendarInterval calendar() {
        return calendar;
    }

    /** The periods covering {@code from} to {@code to}; the first and last are cut to the range. */
    public List<Period> periods(LocalDate from, LocalDate to) {
        if (this == TOTAL) {
            return List.of(new Period(from + "/" + to, from, to));
        }
        List<Period> periods = new ArrayList<>();
        for (LocalDate start = startOf(from); !start.isAfter(to); start = next(start)) {
            LocalDate end = next(start).minusDays(1);
            periods.add(new Period(start.format(key), start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
        }
        return periods;
    }

    /** The key of the period a day falls in. */
    public String keyOf(LocalDate day) {
        return this == TOTAL ? null : startOf(day).format(key);
    }

    private LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY, TOTAL -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY, TOTAL -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }
}
