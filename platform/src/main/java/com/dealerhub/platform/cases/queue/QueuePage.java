package com.dealerhub.platform.cases.queue;

import com.dealerhub.platform.cases.CaseType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of the work queue: what waits for the caller, earliest deadline first. */
public record QueuePage(List<Item> items, long total, int page, int size) {

    /**
     * A case waiting for the caller, with its running clock due soonest: the time left (negative once
     * overdue), and what the caller may do to it.
     */
    public record Item(UUID id, String number, CaseType type, String state, String dealer, String subject, Instant createdAt,
                       String clock, Instant dueAt, Long secondsLeft, boolean overdue, List<String> actions) {
    }
}
