package com.dealerhub.platform.servicefeed.events;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * An event that passed every check: a snapshot of one DMS record.
 *
 * @param fields  the kind's fields in canonical form (times in UTC, omitted flags false, other
 *                omitted fields absent)
 * @param payload the event as sent, kept in the log and compared when its key comes again
 */
public record FeedEvent(String key, FeedKind kind, String number, Instant occurredAt, JsonObject fields, JsonObject payload) {
}
