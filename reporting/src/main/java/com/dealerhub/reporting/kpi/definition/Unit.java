package com.dealerhub.reporting.kpi.definition;

/** How a KPI's value reads: a share (0 to 1), hours on average, a count, or a score out of 100. */
public enum Unit {
    SHARE, HOURS, COUNT, SCORE
}
