package com.dealerhub.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * People on a dealer's roster and the passing of time for sessions, written straight into the database
 * (as the application role, under the dealer's or the network's row-level security scope), so the
 * session tests do not depend on the roster's own endpoints.
 */
public final class TrainingPeople {

    private TrainingPeople() {
    }

    /** A new person of the network working at the dealer in the role since last year; returns the person's id. */
    public static String onRoster(String network, String dealer, String role) {
        UUID id = UUID.randomUUID();
        String staffNumber = "IT-" + id.toString().substring(0, 8);
        run("DEALER", network, dealer, connection -> {
            try (PreparedStatement person = connection.prepareStatement(
                    "INSERT INTO person (id, network_code, staff_number, name) VALUES (?, ?, ?, ?)")) {
                person.setObject(1, id);
                person.setString(2, network);
                person.setString(3, staffNumber);
                person.setString(4, "Test " + staffNumber);
                person.executeUpdate();
            }
            try (PreparedStatement entry = connection.prepareStatement("""
                    INSERT INTO roster_entry (id, network_code, dealer_code, person_id, role, hired_on, in_role_since)
                    VALUES (?, ?, ?, ?, ?, current_date - 400, current_date - 400)""")) {
                entry.setObject(1, UUID.randomUUID());
                entry.setString(2, network);
                entry.setString(3, dealer);
                entry.setObject(4, id);
                entry.setString(5, role);
                entry.executeUpdate();
            }
        });
        return id.toString();
    }

    /** Time passes: the session started a minute ago. */
    public static void started(String network, String session) {
        run("NETWORK", network, "", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE training_session SET starts_at = now() - interval '1 minute' WHERE id = ?")) {
                update.setObject(1, UUID.fromString(session));
                update.executeUpdate();
            }
        });
    }

    private interface Work {
        void on(Connection connection) throws SQLException;
    }

    private static void run(String scope, String network, String dealer, Work work) {
        try (Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword())) {
            connection.setAutoCommit(false);
            try (PreparedStatement enter = connection.prepareStatement("SELECT public.dealerhub_enter_scope(?, ?, ?, '')")) {
                enter.setString(1, scope);
                enter.setString(2, network);
                enter.setString(3, dealer);
                enter.execute();
            }
            work.on(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
