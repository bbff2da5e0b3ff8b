package com.dealerhub.platform.outbox;

import org.apache.kafka.clients.producer.ProducerConfig;

import java.util.Map;

/** Producer settings for the outbox relay. */
final class KafkaSettings {

    /** Kafka bootstrap servers, host:port list; environment variable DEALERHUB_KAFKA_BOOTSTRAP. */
    static String bootstrapServers() {
        return System.getenv().getOrDefault("DEALERHUB_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
    }

    /**
     * Idempotent, acknowledged by all in-sync replicas. Short blocking and delivery timeouts:
     * while Kafka is down the relay fails fast, leaves the rows unpublished and retries.
     */
    static Map<String, Object> producer() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
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
