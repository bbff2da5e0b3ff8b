package com.dealerhub.reporting.indexing;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Rebuilds the case index, then the service-process feed index, from PostgreSQL without downtime: fill a new index from the
 * {@code case_document} view while searches keep using the old one, switch the alias
 * atomically, then write again every case changed since the rebuild began (the live indexer
 * may have sent those to the old index). External versions make the overlap harmless.
 */
@ApplicationScoped
public class Reindexer {

    private static final int BATCH = 500;
    /** Allowance for clocks of several application instances that stamp updated_at. */
    private static final Duration CLOCK_ALLOWANCE = Duration.ofMinutes(1);

    /** The case index rebuilt, and the service-process feed index ({@code feed*}) after it. */
    public record Result(String index, long documents, long catchUp, long millis,
                         String feedIndex, long feedDocuments, long feedCatchUp) {
    }

    /** What one index is rebuilt from: a view of (id, version, document) and, for the catch-up, its change time. */
    private record Source(SearchIndex.Shape shape, String select, String changedSince) {
    }

    private static final Source CASES = new Source(SearchIndex.CASES,
            "SELECT d.id::text, d.version, d.document::text FROM case_document d",
            " JOIN service_case c ON c.id = d.id WHERE c.updated_at >= ?");
    private static final Source FEED = new Source(FeedIndex.SHAPE,
            "SELECT d.id::text, d.version, d.document::text FROM feed_document d",
            " WHERE d.updated_at >= ?");

    private record Rebuilt(String index, long documents, long catchUp) {
    }

    /** The worker role's: a rebuild reads every network's cases, a SYSTEM scope the request role cannot enter. */
    @Resource(lookup = "java:jboss/datasources/DealerHubWorkerDS")
    DataSource dataSource;

    @Inject
    SearchIndex index;

    /** Held, on its own connection, for the whole rebuild: one reindex at a time across all replicas. */
    private static final long REINDEX_LOCK = 0x5245494E444558L;

    public Result reindex() throws IOException, SQLException {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                throw new ReindexAlreadyRunning();
            }
            try {
                return rebuild();
            } finally {
                try (PreparedStatement unlock = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, REINDEX_LOCK);
                    unlock.execute();
                }
            }
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, REINDEX_LOCK);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private Result rebuild() throws IOException, SQLException {
        long start = System.nanoTime();
        Rebuilt cases = rebuild(CASES);
        Rebuilt feed = rebuild(FEED);
        return new Result(cases.index(), cases.documents(), cases.catchUp(),
                Duration.ofNanos(System.nanoTime() - start).toMillis(), feed.index(), feed.documents(), feed.catchUp());
    }

    private Rebuilt rebuild(Source source) throws IOException, SQLException {
        Instant began = Instant.now().minus(CLOCK_ALLOWANCE);
        String fresh = index.createIndex(source.shape());
        long documents = copy(source, fresh, null);
        index.refresh(fresh);
        index.switchAliasTo(source.shape(), fresh);
        long catchUp = copy(source, source.shape().alias(), began);
        return new Rebuilt(fresh, documents, catchUp);
    }

    /** Copies every document (or those changed since {@code since}) into the index; returns how many. */
    private long copy(Source source, String target, Instant since) throws SQLException {
        String sql = source.select() + (since == null ? "" : source.changedSince());
        return ScopedJdbc.read(dataSource, Caller.system(), connection -> {
            long copied = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(BATCH);
                if (since != null) {
                    statement.setTimestamp(1, Timestamp.from(since));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<SearchIndex.Entry> batch = new ArrayList<>(BATCH);
                    while (rows.next()) {
                        batch.add(new SearchIndex.Entry(rows.getString(1), rows.getLong(2),
                                JSON.createReader(new StringReader(rows.getString(3))).readObject()));
                        if (batch.size() == BATCH) {
                            copied += write(target, batch);
                        }
                    }
                    copied += write(target, batch);
                }
            }
            return copied;
        });
    }

    private int write(String target, List<SearchIndex.Entry> batch) throws SQLException {
        try {
            index.write(target, batch);
        } catch (IOException e) {
            throw new SQLException("writing to the index failed: " + e.getMessage(), e);
        }
        int written = batch.size();
        batch.clear();
        return written;
    }

    public static final class ReindexAlreadyRunning extends com.dealerhub.common.problem.Conflict {
        ReindexAlreadyRunning() {
            super("a reindex is already running");
        }
    }
}
