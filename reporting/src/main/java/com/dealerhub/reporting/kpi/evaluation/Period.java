package com.dealerhub.reporting.kpi.evaluation;

import java.time.LocalDate;

/** One column of a KPI report: a day, a month, a year or the whole range asked for, its days inclusive. */
public record Period(String key, LocalDate from, LocalDate to) {
}
