package com.dealerhub.it.bench;

import com.dealerhub.it.support.Stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The yardstick: the rows one submitted claim writes (its case, claim, three timeline entries,
 * the vehicle, its repair record and the outbox event, already marked published so that nothing
 * downstream sees it), inserted with plain JDBC as the application role under a dealer's
 * row-level security scope, one transaction per claim. The caller deletes the rows afterwards.
 */
final class RawJdbcInserts {

    private static final String PREFIX = "BENCH-RAW-";

    /** What one inserted claim left behind, to be deleted by key afterwards. */
    private record Inserted(UUID caseId, String network, String vin, long outboxId) {
    }

    /** How many claims were inserted, at what rate, for which dealer; {@link #cleanUp()} deletes them. */
    record Result(long claims, double perSecond, List<Inserted> rows, String network, String dealer) {

        void cleanUp() throws SQLException {
            RawJdbcInserts.cleanUp(network, dealer, rows);
        }
    }

    /** Inserts for {@code seconds} with {@code threads} connections. */
    static Result run(int seconds, int threads, String network, String dealer) throws Exception {
        AtomicLong claims = new AtomicLong();
        Queue<Inserted> inserted = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                try (Connection connection = connect()) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < deadline) {
                        inserted.add(insertClaim(connection, network, dealer));
                        connection.commit();
                        claims.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(claims.get(), claims.get() / elapsed, List.copyOf(inserted), network, dealer);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword());
    }

    private static Inserted insertClaim(Connection c, String network, String dealer) throws SQLException {
        UUID id = UUID.randomUUID();
        String number = PREFIX + id;
        String vin = "BENCH" + id.toString().replace("-", "").substring(0, 12).toUpperCase();
        enterDealerScope(c, network, dealer);
        execute(c, """
                INSERT INTO service_case (id, number, type, state, network_code, dealer_code, subject, description, created_by,
                                          created_at, updated_at, version)
                VALUES (?, ?, 'WARRANTY', 'PENDING_CLAIMS', ?, ?, 'REGULAR', 'benchmark', 'bench', now(), now(), 0)""",
                id, number, network, dealer);
        execute(c, """
                INSERT INTO warranty_claim (id, network_code, dealer_code, kind, repair_order, vin, model_code, sale_date, repair_date,
                                            mileage, labor, parts, labor_rate, claimed_amount, approved_amount, approval_steps,
                                            adjudication, settings_version, submissions, submitted_at)
                VALUES (?, ?, ?, 'REGULAR', 'RO-1', ?, 'S3', ?, ?, 42000, '[]'::jsonb, '[]'::jsonb, 120, 1280, 1280,
                        '{CLAIMS}', '{}'::jsonb, 1, 1, now())""",
                id, network, dealer, vin, java.sql.Date.valueOf(LocalDate.now().minusYears(1)), java.sql.Date.valueOf(LocalDate.now()));
        for (String action : new String[]{"OPEN", "SUBMIT", "AUTO_ADJUDICATION"}) {
            execute(c, """
                    INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, to_state)
                    VALUES (?, ?, ?, now(), 'bench', ?, 'PENDING_CLAIMS')""", id, network, dealer, action);
        }
        execute(c, "INSERT INTO vehicle (network_code, vin, model_code, sale_date) VALUES (?, ?, 'S3', ?) ON CONFLICT DO NOTHING",
                network, vin, java.sql.Date.valueOf(LocalDate.now().minusYears(1)));
        execute(c, """
                INSERT INTO vehicle_repair (claim_id, network_code, vin, claim_number, repair_date, mileage, labor_operations)
                VALUES (?, ?, ?, ?, ?, 42000, '{EN-101}')""", id, network, vin, number, java.sql.Date.valueOf(LocalDate.now()));
        try (PreparedStatement outbox = c.prepareStatement("""
                INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload, published_at)
                VALUES (?, 0, ?, ?, '{}'::jsonb, now()) RETURNING id""")) {
            outbox.setObject(1, id);
            outbox.setString(2, network);
            outbox.setString(3, dealer);
            try (ResultSet key = outbox.executeQuery()) {
                key.next();
                return new Inserted(id, network, vin, key.getLong(1));
            }
        }
    }

    private static void enterDealerScope(Connection c, String network, String dealer) throws SQLException {
        try (PreparedStatement scope = c.prepareStatement("SELECT dealerhub_enter_scope('DEALER', ?, ?, '')")) {
            scope.setString(1, network);
            scope.setString(2, dealer);
            scope.execute();
        }
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /**
     * Deletes by primary key, in chunks: the rows are many, and these tables are shared with the
     * running stack. Under the dealer's own scope, like the inserts.
     */
    private static void cleanUp(String network, String dealer, List<Inserted> rows) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (int from = 0; from < rows.size(); from += 1000) {
                List<Inserted> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
                enterDealerScope(c, network, dealer);
                Object[] cases = chunk.stream().map(Inserted::caseId).toArray();
                deleteWhere(c, "outbox", "id", "bigint", chunk.stream().map(Inserted::outboxId).toArray());
                deleteWhere(c, "case_timeline", "case_id", "uuid", cases);
                deleteWhere(c, "vehicle_repair", "claim_id", "uuid", cases);
                deleteWhere(c, "warranty_claim", "id", "uuid", cases);
                deleteWhere(c, "service_case", "id", "uuid", cases);
                deleteWhere(c, "vehicle", "vin", "text", chunk.stream().map(Inserted::vin).toArray());
                c.commit();
            }
        }
    }

    private static void deleteWhere(Connection c, String table, String column, String type, Object[] keys) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ANY (?)")) {
            delete.setArray(1, c.createArrayOf(type, keys));
            delete.executeUpdate();
        }
    }

    private RawJdbcInserts() {
    }
}
