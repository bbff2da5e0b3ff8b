package com.dealerhub.platform.outbox;

import com.dealerhub.common.events.CaseEvents;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.util.Map;

/** Producer settings for the outbox relay. */
final class KafkaSettings {

    /**
     * Idempotent, acknowledged by all in-sync replicas. Short blocking and delivery timeouts:
     * while Kafka is down the relay fails fast, leaves the rows unpublished and retries.
     */
    static Map<String, Object> producer() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CaseEvents.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000,
                ProducerConfig.CLIENT_ID_CONFIG, "dealerhub-outbox-relay");
    }

    private KafkaSettings() {
    }
}
