package com.dealerhub.it.bench;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One allocation run under shortage at the scale the issue names: LINES open lines (default 10,000)
 * from DEALERS dealers (1,000) over PARTS part numbers (500), every part short. Seeds them straight
 * into the database (as the schema owner: benchmark dealers of network aurora, parts BENCH-P…, warehouse
 * BENCH-WH), then times a simulation and one committed run through the API as {@code aurora-parts},
 * printing the server's time and heap allocated by the run, the round trip, and the time to read the
 * same rows with plain JDBC as the application role, with the ratio. Deletes everything it seeded.
 */
public final class AllocationBenchmark {

    private static final String WAREHOUSE = "BENCH-WH";
    private static final String OEM_PARTS = "aurora-parts";

    private final int lines = Integer.getInteger("bench.lines", 10_000);
    private final int dealers = Integer.getInteger("bench.dealers", 1_000);
    private final int parts = Integer.getInteger("bench.parts", 500);
    private final String ownerPassword = System.getProperty("bench.ownerPassword", "dealerhub-owner");

    public static void main(String[] args) throws Exception {
        new AllocationBenchmark().measure();
    }

    private void measure() throws Exception {
        System.out.printf("Allocation benchmark: %,d open lines from %,d dealers over %,d part numbers, warehouse %s%n%n",
                lines, dealers, parts, WAREHOUSE);
        try (Connection owner = owner()) {
            cleanUp(owner);
            long started = System.nanoTime();
            seed(owner);
            System.out.printf("seeded                       in %.1f s%n", (System.nanoTime() - started) / 1e9);
            try {
                Api.token(OEM_PARTS);
                double jdbc = Math.min(plainRead(), plainRead());
                JsonObject simulation = timed("simulation", Parts.SIMULATIONS);
                JsonObject run = timed("committed run", Parts.RUNS);
                System.out.printf("plain JDBC read of the rows  %.0f ms (best of two)%n", jdbc);
                System.out.printf("run / plain read             %.1fx (simulation %.1fx)%n",
                        run.getJsonNumber("elapsedMillis").doubleValue() / jdbc,
                        simulation.getJsonNumber("elapsedMillis").doubleValue() / jdbc);
                System.out.printf("target                       committed run under 1,000 ms: %s%n",
                        run.getJsonNumber("elapsedMillis").longValue() < 1_000 ? "met" : "NOT met");
            } finally {
                cleanUp(owner);
            }
        }
    }

    private static final class Parts {
        static final String SIMULATIONS = "/platform/api/parts/allocation/simulations";
        static final String RUNS = "/platform/api/parts/allocation/runs";
    }

    private JsonObject timed(String what, String path) {
        long started = System.nanoTime();
        Reply reply = Api.as(OEM_PARTS).post(path, "{\"warehouse\":\"" + WAREHOUSE + "\"}");
        double roundTrip = (System.nanoTime() - started) / 1e6;
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException(what + ": " + reply);
        }
        JsonObject body = reply.object();
        System.out.printf("%-28s server %,d ms, heap allocated %,.1f MB; round trip %.0f ms (%,d results, %,d parts allocated, answer %,d kB)%n",
                what, body.getJsonNumber("elapsedMillis").longValue(), body.getJsonNumber("allocatedBytes").longValue() / 1e6,
                roundTrip, body.getInt("lines"), body.getInt("allocated"), reply.body().length() / 1024);
        return body;
    }

    /** The rows a run reads (free stock and open lines with their orders), as the application role in the network's scope. */
    private double plainRead() throws SQLException {
        try (Connection app = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword())) {
            app.setAutoCommit(false);
            try (Statement scope = app.createStatement()) {
                scope.execute("SELECT public.dealerhub_enter_scope('NETWORK', 'aurora', NULL, '')");
            }
            long started = System.nanoTime();
            int rows = 0;
            try (PreparedStatement stock = app.prepareStatement(
                    "SELECT part_number, quantity FROM oem_stock WHERE network_code = 'aurora' AND warehouse = ?")) {
                stock.setString(1, WAREHOUSE);
                try (ResultSet r = stock.executeQuery()) {
                    while (r.next()) {
                        rows++;
                    }
                }
            }
            try (PreparedStatement open = app.prepareStatement("""
                    SELECT l.id, c.number, l.dealer_code, l.part_number, o.kind, l.quantity - l.cancelled - l.allocated, o.placed_at, o.id
                    FROM parts_order_line l JOIN parts_order o ON o.id = l.order_id JOIN service_case c ON c.id = o.id
                    WHERE l.network_code = 'aurora' AND l.allocated < l.quantity - l.cancelled AND c.state IN ('PLACED', 'PARTLY_ALLOCATED')
                      AND l.part_number IN (SELECT part_number FROM oem_stock WHERE network_code = 'aurora' AND warehouse = ?)
                    ORDER BY l.id""")) {
                open.setString(1, WAREHOUSE);
                try (ResultSet r = open.executeQuery()) {
                    while (r.next()) {
                        r.getObject(1);
                        r.getString(2);
                        r.getString(3);
                        r.getString(4);
                        r.getString(5);
                        r.getInt(6);
                        r.getTimestamp(7);
                        r.getObject(8);
                        rows++;
                    }
                }
            }
            double millis = (System.nanoTime() - started) / 1e6;
            app.rollback();
            if (rows != lines + parts) {
                throw new IllegalStateException("read " + rows + " rows, expected " + (lines + parts));
            }
            return millis;
        }
    }

    private void seed(Connection owner) throws SQLException {
        int ordersPerDealer = Math.max(1, lines / dealers / 5);
        int linesPerOrder = lines / dealers / ordersPerDealer;
        execute(owner, """
                INSERT INTO dealer (code, network_code, region_code, name, city)
                SELECT 'aurora-bench-' || lpad(i::text, 4, '0'), 'aurora', 'aurora-east', 'Benchmark dealer ' || i, 'Bench'
                FROM generate_series(1, %d) i""".formatted(dealers));
        execute(owner, """
                INSERT INTO part (network_code, number, description, unit_price, special)
                SELECT 'aurora', 'BENCH-P' || lpad(i::text, 4, '0'), 'Benchmark part ' || i, 10, false FROM generate_series(1, %d) i"""
                .formatted(parts));
        execute(owner, """
                CREATE TEMP TABLE bench_order ON COMMIT DROP AS
                SELECT gen_random_uuid() AS id, d, o, 'aurora-bench-' || lpad(d::text, 4, '0') AS dealer,
                       (ARRAY['STOCK', 'STOCK', 'STOCK', 'VOR', 'CAMPAIGN'])[1 + (d + o) %% 5] AS kind,
                       now() - make_interval(secs => d * 10 + o) AS placed_at
                FROM generate_series(1, %d) d, generate_series(1, %d) o""".formatted(dealers, ordersPerDealer));
        execute(owner, """
                INSERT INTO service_case (id, number, type, state, network_code, dealer_code, subject, created_by, created_at, updated_at, version)
                SELECT id, 'PO-BENCH-' || d || '-' || o, 'PARTS_ORDER', 'PLACED', 'aurora', dealer, kind || ' order (benchmark)',
                       'benchmark', placed_at, placed_at, 0 FROM bench_order""");
        execute(owner, """
                INSERT INTO parts_order (id, network_code, dealer_code, kind, vin, repair_order, campaign_code, placed_at, value)
                SELECT id, 'aurora', dealer, kind,
                       CASE WHEN kind = 'VOR' THEN 'LBENCH0000000' || lpad(d::text, 4, '0') END,
                       CASE WHEN kind = 'VOR' THEN 'RO-BENCH' END, CASE WHEN kind = 'CAMPAIGN' THEN 'BENCH' END, placed_at, 0
                FROM bench_order""");
        execute(owner, """
                INSERT INTO parts_order_line (id, order_id, network_code, dealer_code, line_no, part_number, quantity, unit_price)
                SELECT gen_random_uuid(), b.id, 'aurora', b.dealer, n,
                       'BENCH-P' || lpad((1 + ((b.d * 7 + b.o * 13 + n * 31) %% %d))::text, 4, '0'), 1 + (b.d + n) %% 9, 10
                FROM bench_order b, generate_series(1, %d) n""".formatted(parts, linesPerOrder));
        execute(owner, """
                INSERT INTO oem_stock (network_code, warehouse, part_number, quantity, updated_at)
                SELECT 'aurora', '%s', part_number, sum(quantity) * 6 / 10, now()
                FROM parts_order_line WHERE dealer_code LIKE 'aurora-bench-%%' GROUP BY part_number""".formatted(WAREHOUSE));
        owner.commit();
        enterSystem(owner);
    }

    private void cleanUp(Connection owner) throws SQLException {
        String cases = "SELECT id FROM service_case WHERE dealer_code LIKE 'aurora-bench-%'";
        execute(owner, "DELETE FROM allocation_result WHERE dealer_code LIKE 'aurora-bench-%'");
        execute(owner, "DELETE FROM allocation_run WHERE warehouse = '" + WAREHOUSE + "'");
        execute(owner, "DELETE FROM outbox WHERE aggregate_id IN (" + cases + ")");
        execute(owner, "DELETE FROM case_timeline WHERE case_id IN (" + cases + ")");
        execute(owner, "DELETE FROM parts_order_line WHERE dealer_code LIKE 'aurora-bench-%'");
        execute(owner, "DELETE FROM parts_order WHERE dealer_code LIKE 'aurora-bench-%'");
        execute(owner, "DELETE FROM service_case WHERE dealer_code LIKE 'aurora-bench-%'");
        execute(owner, "DELETE FROM oem_stock WHERE warehouse = '" + WAREHOUSE + "'");
        execute(owner, "DELETE FROM part WHERE network_code = 'aurora' AND number LIKE 'BENCH-P%'");
        execute(owner, "DELETE FROM dealer WHERE code LIKE 'aurora-bench-%'");
        owner.commit();
        enterSystem(owner);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection owner() throws SQLException {
        Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_owner", ownerPassword);
        connection.setAutoCommit(false);
        enterSystem(connection);
        return connection;
    }

    private static void enterSystem(Connection connection) throws SQLException {
        execute(connection, "SELECT public.dealerhub_enter_scope('SYSTEM', NULL, NULL, '')");
    }
}
