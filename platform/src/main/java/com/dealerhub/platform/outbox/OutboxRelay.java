package com.dealerhub.platform.outbox;

import com.dealerhub.common.events.CaseEvents;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes outbox rows to Kafka, keyed by case id so that one case's events stay in order
 * on one partition. Polls every few hundred milliseconds; while Kafka is unreachable the
 * rows wait in PostgreSQL and are published once it is back.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final long POLL_MILLIS = 100;
    private static final long SEND_TIMEOUT_SECONDS = 10;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxBatch batches;

    private KafkaProducer<String, String> producer;
    private ScheduledFuture<?> polling;
    private volatile boolean failing;

    /** Starts after the schema migrations (their observer has a lower priority). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        producer = new KafkaProducer<>(KafkaSettings.producer(), new StringSerializer(), new StringSerializer());
        polling = scheduler.scheduleWithFixedDelay(this::drain, 1_000, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    private void drain() {
        try {
            while (batches.publishNext(this::send) == OutboxBatch.SIZE) {
                // a full batch: more may be waiting
            }
            if (failing) {
                LOG.info("outbox relay publishing again");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "outbox relay cannot publish, will retry: " + e.getMessage());
                failing = true;
            }
        }
    }

    private void send(List<OutboxBatch.Message> batch) {
        String topic = CaseEvents.topic();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxBatch.Message message : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, message.caseId().toString(), message.payload());
            record.headers().add("eventId", Long.toString(message.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            acks.add(producer.send(record));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch: " + e.getMessage(), e);
        }
    }
}
