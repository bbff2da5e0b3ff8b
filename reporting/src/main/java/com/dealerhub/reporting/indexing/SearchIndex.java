package com.dealerhub.reporting.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case index in Elasticsearch. Writers and readers use only the alias; the concrete
 * index behind it ({@code cases-<timestamp>}) is replaced by a reindex without downtime.
 * Documents are versioned externally by the case version, so replayed or reordered events
 * cannot overwrite a newer state with an older one.
 */
@ApplicationScoped
public class SearchIndex {

    /** Elasticsearch URL; environment variable DEALERHUB_ES_URL. */
    static final String URL = System.getenv().getOrDefault("DEALERHUB_ES_URL", "http://127.0.0.1:9200");
    /** Alias that search and indexing use; environment variable DEALERHUB_ES_INDEX_ALIAS. */
    public static final String ALIAS = System.getenv().getOrDefault("DEALERHUB_ES_INDEX_ALIAS", "cases");

    private static final String MAPPING = """
            {
              "dynamic": false,
              "properties": {
                "id":          {"type": "keyword"},
                "number":      {"type": "keyword"},
                "type":        {"type": "keyword"},
                "state":       {"type": "keyword"},
                "network":     {"type": "keyword"},
                "dealerCode":  {"type": "keyword"},
                "dealerName":  {"type": "text"},
                "regionCode":  {"type": "keyword"},
                "regionName":  {"type": "text"},
                "subject":     {"type": "text"},
                "description": {"type": "text"},
                "createdBy":   {"type": "keyword"},
                "createdAt":   {"type": "date"},
                "updatedAt":   {"type": "date"},
                "version":     {"type": "long"},
                "vin":             {"type": "keyword"},
                "kind":            {"type": "keyword"},
                "model":           {"type": "keyword"},
                "repairOrder":     {"type": "keyword"},
                "repairDate":      {"type": "date"},
                "mileage":         {"type": "long"},
                "cause":           {"type": "text"},
                "laborOperations": {"type": "keyword"},
                "parts":           {"type": "keyword"},
                "campaign":        {"type": "keyword"},
                "amount":          {"type": "double"},
                "settledAt":       {"type": "date"},
                "source":          {"type": "keyword"},
                "category":        {"type": "keyword"},
                "faultCategory":   {"type": "keyword"},
                "emergency":       {"type": "boolean"},
                "media":           {"type": "boolean"},
                "repeatEscalated": {"type": "boolean"},
                "falseClosures":   {"type": "long"},
                "callbackOutcome": {"type": "keyword"},
                "complaintNumber": {"type": "keyword"},
                "personName":      {"type": "text"},
                "staffNumber":     {"type": "keyword"},
                "programme":       {"type": "keyword"},
                "level":           {"type": "long"},
                "renewal":         {"type": "boolean"},
                "certificateNumber": {"type": "keyword"},
                "submittedAt":     {"type": "date"},
                "decidedAt":       {"type": "date"},
                "cycleHours":      {"type": "double"},
                "autoPassedFirst": {"type": "boolean"},
                "returned":        {"type": "boolean"},
                "rejected":        {"type": "boolean"},
                "returnReasons":   {"type": "keyword"},
                "rejectionReasons": {"type": "keyword"},
                "clockStatus":     {"type": "flattened"},
                "slaState":        {"type": "keyword"},
                "nextDueAt":       {"type": "date"},
                "clocks": {
                  "properties": {
                    "name":   {"type": "keyword"},
                    "dueAt":  {"type": "date"},
                    "status": {"type": "keyword"},
                    "warned": {"type": "boolean"}
                  }
                },
                "timeline": {
                  "properties": {
                    "action": {"type": "keyword"},
                    "actor":  {"type": "keyword"},
                    "at":     {"type": "date"},
                    "note":   {"type": "text"}
                  }
                }
              }
            }""";

    /** One document to write: the case id, its version and the document itself. */
    public record Entry(String id, long version, JsonObject document) {
    }

    /** An index kept behind an alias: the alias that readers and writers use, and the mapping of its documents. */
    public record Shape(String alias, String mapping) {
    }

    /** The case index. */
    public static final Shape CASES = new Shape(ALIAS, MAPPING);

    /** The aliases whose index is known to have this version's mapping. */
    private final Set<String> mappingCurrent = ConcurrentHashMap.newKeySet();

    private final ElasticsearchClient client = ElasticsearchClient.of(b -> b
            .host(URL)
            .jsonMapper(new JsonbJsonpMapper())
            .instrumentation(NoopInstrumentation.INSTANCE));

    public ElasticsearchClient client() {
        return client;
    }

    /**
     * Creates the first index, with the alias, if there is no alias yet. Its name is fixed and
     * the alias is set in the same request, so replicas starting together cannot end with two
     * indices behind the alias: the second create fails as "already exists", which is fine.
     */
    public void ensureAlias() throws IOException {
        ensureAlias(CASES);
    }

    public void ensureAlias(Shape shape) throws IOException {
        if (client.indices().existsAlias(a -> a.name(shape.alias())).value()) {
            if (!mappingCurrent.contains(shape.alias())) {
                // Fields added since the index was created are added to it (adding fields is always compatible).
                client.indices().putMapping(m -> m.index(shape.alias()).withJson(new StringReader(shape.mapping())));
                mappingCurrent.add(shape.alias());
            }
            return;
        }
        try {
            create(shape, shape.alias() + "-initial", true);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** A new, empty index with the case mapping, not yet behind the alias. */
    public String createIndex() throws IOException {
        return createIndex(CASES);
    }

    /** A new, empty index of the shape, not yet behind its alias. */
    public String createIndex(Shape shape) throws IOException {
        String name = shape.alias() + "-" + Instant.now().toEpochMilli();
        create(shape, name, false);
        return name;
    }

    private void create(Shape shape, String name, boolean withAlias) throws IOException {
        client.indices().create(c -> {
            c.index(name)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("500ms")))
                    .mappings(m -> m.withJson(new StringReader(shape.mapping())));
            if (withAlias) {
                c.aliases(shape.alias(), a -> a);
            }
            return c;
        });
    }

    /** Points the alias at {@code index} alone, atomically, and deletes the indices it left. */
    public void switchAliasTo(String index) throws IOException {
        switchAliasTo(CASES, index);
    }

    /** Points the shape's alias at {@code index} alone, atomically, and deletes the indices it left. */
    public void switchAliasTo(Shape shape, String index) throws IOException {
        String alias = shape.alias();
        Set<String> previous = client.indices().existsAlias(a -> a.name(alias)).value()
                ? client.indices().getAlias(g -> g.name(alias)).aliases().keySet() : Set.of();
        client.indices().updateAliases(u -> {
            previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
        });
        for (String old : previous) {
            if (!old.equals(index)) {
                client.indices().delete(d -> d.index(old));
            }
        }
    }

    /**
     * Writes the entries; a version conflict means the index already holds this version or a
     * newer one, which is success. Any other item failure fails the whole call, so the caller
     * retries the batch.
     */
    public void write(String index, List<Entry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(b -> {
            entries.forEach(e -> b.operations(BulkOperation.of(op -> op.index(i -> i
                    .index(index).id(e.id()).version(e.version()).versionType(VersionType.External)
                    .document(JsonData.of(e.document()))))));
            return b;
        });
        if (response.errors()) {
            List<String> failures = response.items().stream()
                    .filter(item -> item.error() != null && item.status() != 409)
                    .map(SearchIndex::describe)
                    .toList();
            if (!failures.isEmpty()) {
                throw new IOException("bulk indexing failed for " + failures.size() + " documents: " + failures.getFirst());
            }
        }
    }

    /** Makes everything written so far visible to search (used by reindex before switching). */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + ": " + item.error().type() + " " + item.error().reason();
    }

    @PreDestroy
    void close() {
        try {
            client.close();
        } catch (IOException e) {
            // shutting down: nothing left to do with a failed close
        }
    }
}
