package com.dealerhub.common.events;

/**
 * The contract of the case event stream between the command side (platform) and the read
 * side (reporting). Each message is keyed by case id; its value is a JSON envelope:
 * <pre>
 * { "eventId": 123, "type": "CaseChanged", "caseId": "…", "version": 4, "occurredAt": "…",
 *   "document": { …the case as indexed for search… } }
 * </pre>
 * {@code version} grows with every change of the case, so a consumer can drop stale or
 * replayed messages by comparing versions.
 */
public final class CaseEvents {

    /** Topic name unless DEALERHUB_KAFKA_TOPIC says otherwise. */
    public static final String DEFAULT_TOPIC = "dealerhub.cases";
    public static final String CASE_CHANGED = "CaseChanged";
    /**
     * A record of the dealers' service-process feed changed, on the same topic, keyed by record id:
     * {@code { "type": "FeedRecordChanged", "recordId": "…", "version": 2, "document": {…} }}.
     */
    public static final String FEED_RECORD_CHANGED = "FeedRecordChanged";

    private CaseEvents() {
    }

    public static String topic() {
        return System.getenv().getOrDefault("DEALERHUB_KAFKA_TOPIC", DEFAULT_TOPIC);
    }

    /** Kafka bootstrap servers, a host:port list; environment variable DEALERHUB_KAFKA_BOOTSTRAP. */
    public static String bootstrapServers() {
        return System.getenv().getOrDefault("DEALERHUB_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
    }
}
