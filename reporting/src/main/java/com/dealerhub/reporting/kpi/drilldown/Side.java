package com.dealerhub.reporting.kpi.drilldown;

/** Which records behind a figure: a ratio's numerator (or a tally's records), or its denominator (or an average's population). */
public enum Side {
    NUMERATOR, DENOMINATOR
}
