package com.dealerhub.it.bench;

import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The SLA scheduler under the load the kernel is designed for: OPEN open deadlines, DUE of them
 * falling due within the same minute. Prints how long after its due time each fired, whether each
 * fired exactly once, and the CPU each service spent per deadline, next to the same services' CPU
 * over an equally long quiet stretch with the same open deadlines (the baseline).
 */
public final class DeadlineBenchmark {

    private static final String DEALER_USER = "aurora-e01-claims";
    private static final int CASES = 20;
    private static final Duration FIRST_DUE = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final Duration DUE_SPREAD = Duration.ofSeconds(60);

    private final int open = Integer.getInteger("bench.open", 100_000);
    private final int due = Integer.getInteger("bench.due", 1_000);
    private final String run = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
    private final ServiceCpu cpu = new ServiceCpu(System.getProperty("bench.pids"));

    public static void main(String[] args) throws Exception {
        new DeadlineBenchmark().measure();
    }

    private void measure() throws Exception {
        System.out.printf("SLA scheduler benchmark: %,d open deadlines, %,d due within one minute (run %s)%n%n", open, due, run);
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(UUID.fromString(Cases.open(DEALER_USER, "Deadline benchmark " + run + " " + i, "SLA scheduler load").getString("id")));
        }
        try (Connection connection = dealerConnection()) {
            long started = System.nanoTime();
            insertDeadlines(connection, cases, open - due, false);
            System.out.printf("open deadlines stored          %,d in %.1f s%n", open - due, (System.nanoTime() - started) / 1e9);

            ServiceCpu.Snapshot quietStart = cpu.snapshot();
            Cases.sleep(QUIET.toMillis());
            ServiceCpu.Snapshot quietEnd = cpu.snapshot();

            ServiceCpu.Snapshot firingStart = cpu.snapshot();
            long firingStarted = System.nanoTime();
            insertDeadlines(connection, cases, due, true);
            long deadline = firingStarted + FIRST_DUE.plus(DUE_SPREAD).plusSeconds(120).toNanos();
            long fired = firedCount(connection);
            while (fired < due && System.nanoTime() < deadline) {
                Cases.sleep(1_000);
                fired = firedCount(connection);
            }
            ServiceCpu.Snapshot firingEnd = cpu.snapshot();
            Duration firing = Duration.ofNanos(System.nanoTime() - firingStarted);

            printLateness(connection, fired);
            printOnce(connection);
            System.out.printf("CPU ms per deadline, firing  %s%n", firingEnd.perClaim(firingStart, due));
            System.out.printf("CPU ms per deadline, baseline %s   (the same services over a quiet stretch of the same length, per %,d)%n",
                    scaled(quietStart, quietEnd, QUIET, firing).perClaim(quietStart, due), due);
            ServiceCpu.Snapshot baseline = scaled(quietStart, quietEnd, QUIET, firing);
            System.out.printf("firing / quiet CPU              %.1fx%n",
                    (double) firingEnd.since(firingStart).toNanos() / baseline.since(quietStart).toNanos());
            cleanUp(connection);
        }
    }

    /** The quiet stretch's CPU scaled to the firing stretch's length. */
    private static ServiceCpu.Snapshot scaled(ServiceCpu.Snapshot start, ServiceCpu.Snapshot end, Duration measured, Duration wanted) {
        var used = new java.util.LinkedHashMap<String, Duration>();
        double factor = (double) wanted.toNanos() / measured.toNanos();
        end.used().forEach((service, total) -> used.put(service, start.used().getOrDefault(service, Duration.ZERO)
                .plus(Duration.ofNanos((long) (total.minus(start.used().getOrDefault(service, Duration.ZERO)).toNanos() * factor)))));
        return new ServiceCpu.Snapshot(used);
    }

    /** {@code count} deadlines, falling due within the coming minute if {@code soon}, else in a month. */
    private void insertDeadlines(Connection connection, List<UUID> cases, int count, boolean soon) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO case_deadline (id, case_id, network_code, dealer_code, clock, timing, duration_seconds, started_at,
                                           running_since, due_at, warn_at)
                VALUES (?, ?, 'aurora', 'aurora-e01', ?, 'WALL_CLOCK', 3600, clock_timestamp(), clock_timestamp(),
                        clock_timestamp() + make_interval(secs => ?), NULL)""")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < count; i++) {
                double inSeconds = soon ? FIRST_DUE.toSeconds() + random.nextDouble() * DUE_SPREAD.toSeconds()
                        : Duration.ofDays(30).toSeconds() + random.nextInt(86_400);
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, cases.get(i % cases.size()));
                insert.setString(3, run + (soon ? "-due-" : "-open-") + i);
                insert.setDouble(4, inSeconds);
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                    enterScope(connection);
                }
            }
            insert.executeBatch();
            connection.commit();
            enterScope(connection);
        }
    }

    private long firedCount(Connection connection) throws SQLException {
        return single(connection, "SELECT count(*) FROM case_deadline WHERE clock LIKE ? AND breached_at IS NOT NULL", run + "-due-%");
    }

    private void printLateness(Connection connection, long fired) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM breached_at - due_at)),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM breached_at - due_at)),
                       max(extract(epoch FROM breached_at - due_at)),
                       count(*) FILTER (WHERE breached_at - due_at <= interval '60 seconds')
                FROM case_deadline WHERE clock LIKE ? AND breached_at IS NOT NULL""")) {
            query.setString(1, run + "-due-%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                System.out.printf("fired                          %,d of %,d; within 60 s of due: %,d   (target: all)%n", fired, due, rows.getLong(4));
                System.out.printf("delay past due                 p50 %.1f s, p99 %.1f s, max %.1f s%n",
                        rows.getDouble(1), rows.getDouble(2), rows.getDouble(3));
            }
        }
        connection.rollback();
        enterScope(connection);
    }

    private void printOnce(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT count(*), count(DISTINCT split_part(note, ' ', 1)) FROM case_timeline
                WHERE action = 'SLA_BREACHED' AND note LIKE ?""")) {
            query.setString(1, run + "-%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                System.out.printf("timeline entries               %,d for %,d distinct deadlines   (target: one each)%n",
                        rows.getLong(1), rows.getLong(2));
            }
        }
        connection.rollback();
        enterScope(connection);
    }

    private void cleanUp(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM case_deadline WHERE clock LIKE ?")) {
            delete.setString(1, run + "-%");
            delete.executeUpdate();
        }
        connection.commit();
    }

    private long single(Connection connection, String sql, String pattern) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, pattern);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long value = rows.getLong(1);
                connection.rollback();
                enterScope(connection);
                return value;
            }
        }
    }

    /** The application role under the dealer's own scope: the benchmark writes as the dealer's requests would. */
    private static Connection dealerConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword());
        connection.setAutoCommit(false);
        enterScope(connection);
        return connection;
    }

    private static void enterScope(Connection connection) throws SQLException {
        try (Statement scope = connection.createStatement()) {
            scope.execute("SELECT public.dealerhub_enter_scope('DEALER', 'aurora', 'aurora-e01', '')");
        }
    }
}
