package com.dealerhub.platform.cases.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A warning or breach that has just fired, with the duties (names) to notify of it. */
public record FiredDeadline(UUID caseId, String clock, Instant dueAt, DueDeadlines.Firing firing, List<String> duties) {

    public FiredDeadline {
        duties = List.copyOf(duties);
    }
}
