package com.dealerhub.platform.outbox;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One relay step in one transaction: lock a batch of unpublished rows (rows locked by another
 * instance are skipped, so several WildFly instances relay safely side by side), hand them to
 * the publisher, and mark them published only if it returned normally.
 */
@ApplicationScoped
public class OutboxBatch {

    static final int SIZE = 500;

    public record Message(long id, UUID caseId, String payload) {
    }

    /** The worker role's: the relay reads every network's rows, a SYSTEM scope the request role cannot enter. */
    @Resource(lookup = "java:jboss/datasources/DealerHubWorkerDS")
    DataSource worker;

    /** Returns how many rows were published. */
    public int publishNext(Consumer<List<Message>> publisher) throws SQLException {
        return ScopedJdbc.write(worker, Caller.system(), connection -> {
            List<Message> batch = lockNext(connection);
            if (batch.isEmpty()) {
                return 0;
            }
            publisher.accept(batch);
            markPublished(connection, batch);
            return batch.size();
        });
    }

    private static List<Message> lockNext(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, aggregate_id, payload::text FROM outbox
                WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            statement.setInt(1, SIZE);
            List<Message> batch = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Message(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3)));
                }
            }
            return batch;
        }
    }

    private static void markPublished(Connection connection, List<Message> batch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE outbox SET published_at = now() WHERE id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", batch.stream().map(Message::id).toArray()));
            statement.executeUpdate();
        }
    }
}
