package com.dealerhub.reporting.indexing;

import com.dealerhub.common.events.CaseEvents;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Indexes case events, and the records of the dealers' service-process feed, into Elasticsearch. Offsets are committed only after a batch is
 * written, so while Elasticsearch is unreachable the consumer rewinds and retries the same
 * batch: nothing is skipped, and external versioning makes the repeats harmless.
 */
@ApplicationScoped
public class CaseEventConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEventConsumer.class.getName());
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    SearchIndex index;

    private volatile boolean running = true;
    private KafkaConsumer<String, String> consumer;
    private Thread worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, CaseEvents.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dealerhub-reporting-indexer",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
                ConsumerConfig.CLIENT_ID_CONFIG, "dealerhub-reporting-indexer"),
                new StringDeserializer(), new StringDeserializer());
        worker = threads.newThread(this::run);
        worker.setName("case-indexer");
        worker.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        boolean failing = false;
        try {
            consumer.subscribe(List.of(CaseEvents.topic()));
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    Entries entries = entriesOf(records);
                    index.ensureAlias();
                    index.write(SearchIndex.ALIAS, entries.cases());
                    if (!entries.feed().isEmpty()) {
                        index.ensureAlias(FeedIndex.SHAPE);
                        index.write(FeedIndex.ALIAS, entries.feed());
                    }
                    consumer.commitSync();
                    if (failing) {
                        LOG.info("case indexer writing again");
                        failing = false;
                    }
                } catch (Exception e) {
                    if (!failing) {
                        LOG.log(Level.WARNING, "case indexer cannot write, will retry: " + e.getMessage());
                        failing = true;
                    }
                    rewind(records);
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stopping
        } finally {
            consumer.close();
        }
    }

    private void rewind(ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).getFirst().offset());
        }
    }

    /** The documents of one poll, by the index they go to. */
    record Entries(List<SearchIndex.Entry> cases, List<SearchIndex.Entry> feed) {
    }

    static Entries entriesOf(ConsumerRecords<String, String> records) {
        List<SearchIndex.Entry> cases = new ArrayList<>(records.count());
        List<SearchIndex.Entry> feed = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonObject event = JSON.createReader(new StringReader(record.value())).readObject();
            String type = event.getString("type", "");
            if (CaseEvents.CASE_CHANGED.equals(type)) {
                cases.add(new SearchIndex.Entry(event.getString("caseId"),
                        event.getJsonNumber("version").longValue(), event.getJsonObject("document")));
            } else if (CaseEvents.FEED_RECORD_CHANGED.equals(type)) {
                feed.add(new SearchIndex.Entry(event.getString("recordId"),
                        event.getJsonNumber("version").longValue(), event.getJsonObject("document")));
            }
        }
        return new Entries(cases, feed);
    }
}
