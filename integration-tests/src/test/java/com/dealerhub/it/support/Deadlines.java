package com.dealerhub.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** SLA deadline rows written straight into the database, as the case kernel stores them. */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * A two-hour wall-clock deadline started two hours ago, written under the dealer's own row-level
     * security scope. {@code dueAt} and {@code warnAt} are SQL expressions (e.g. {@code now() - interval '1 minute'}
     * or {@code NULL}); a paused clock waits for parts, a stopped one stopped 90 minutes ago.
     */
    public static void insert(String network, String dealer, String caseId, String clock, String dueAt, String warnAt,
                              boolean paused, boolean stopped) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword())) {
            connection.setAutoCommit(false);
            try (PreparedStatement scope = connection.prepareStatement("SELECT public.dealerhub_enter_scope('DEALER', ?, ?, '')")) {
                scope.setString(1, network);
                scope.setString(2, dealer);
                scope.execute();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO case_deadline (id, case_id, network_code, dealer_code, clock, timing, duration_seconds,
                                               warn_before_seconds, started_at, counted_seconds, running_since, wait_state,
                                               pause_reason, due_at, warn_at, stopped_at)
                    VALUES (?, ?, ?, ?, ?, 'WALL_CLOCK', 7200, 1800, now() - interval '2 hours', 0,
                            CASE WHEN ? THEN NULL ELSE now() - interval '2 hours' END,
                            CASE WHEN ? THEN 'WAITING_FOR_PARTS' END, CASE WHEN ? THEN 'part on order' END,
                            %s, %s, CASE WHEN ? THEN now() - interval '90 minutes' END)""".formatted(dueAt, warnAt))) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(caseId));
                insert.setString(3, network);
                insert.setString(4, dealer);
                insert.setString(5, clock);
                insert.setBoolean(6, paused);
                insert.setBoolean(7, paused);
                insert.setBoolean(8, paused);
                insert.setBoolean(9, stopped);
                insert.executeUpdate();
            }
            connection.commit();
        }
    }
}
