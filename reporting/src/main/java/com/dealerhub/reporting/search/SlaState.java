package com.dealerhub.reporting.search;

/**
 * A case's SLA state as indexed (migration V13, view {@code case_sla_fields}): BREACHED if any of
 * its clocks breached (the breach fired, or the clock stopped after its due time), WARNED if a
 * running clock has warned, ON_TIME if it has a clock at all, NONE otherwise.
 */
public enum SlaState {
    NONE, ON_TIME, WARNED, BREACHED
}
