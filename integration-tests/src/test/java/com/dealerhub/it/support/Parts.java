package com.dealerhub.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Parts rows written and read straight in the database, as the application role within a dealer's scope. */
public final class Parts {

    private Parts() {
    }

    /** The sum of the INVOICE entries of the dealer's deposit ledger for one order. */
    public static BigDecimal invoiced(String network, String dealer, String order) {
        try (Connection connection = scoped(network, dealer);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COALESCE(sum(amount), 0) FROM parts_deposit_entry WHERE order_id = ? AND kind = 'INVOICE'")) {
            query.setObject(1, UUID.fromString(order));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A placed STOCK order of one line, as orders store it: asked, cancelled and allocated quantities. */
    public static void stockOrderLine(String network, String dealer, Instant placedAt, int quantity, int cancelled, int allocated) {
        UUID id = UUID.randomUUID();
        try (Connection connection = scoped(network, dealer)) {
            try (PreparedStatement kase = connection.prepareStatement("""
                    INSERT INTO service_case (id, number, type, state, network_code, dealer_code, subject, created_by, created_at, updated_at, version)
                    VALUES (?, ?, 'PARTS_ORDER', 'ALLOCATED', ?, ?, 'stock order', 'it', ?, ?, 0)""");
                 PreparedStatement order = connection.prepareStatement("""
                    INSERT INTO parts_order (id, network_code, dealer_code, kind, placed_at, value) VALUES (?, ?, ?, 'STOCK', ?, 0)""");
                 PreparedStatement line = connection.prepareStatement("""
                    INSERT INTO parts_order_line (id, order_id, network_code, dealer_code, line_no, part_number, quantity, unit_price,
                                                  allocated, cancelled)
                    VALUES (?, ?, ?, ?, 1, 'P-40001', ?, 380, ?, ?)""")) {
                kase.setObject(1, id);
                kase.setString(2, "IT-PO-" + id);
                kase.setString(3, network);
                kase.setString(4, dealer);
                kase.setTimestamp(5, Timestamp.from(placedAt));
                kase.setTimestamp(6, Timestamp.from(placedAt));
                kase.executeUpdate();
                order.setObject(1, id);
                order.setString(2, network);
                order.setString(3, dealer);
                order.setTimestamp(4, Timestamp.from(placedAt));
                order.executeUpdate();
                line.setObject(1, UUID.randomUUID());
                line.setObject(2, id);
                line.setString(3, network);
                line.setString(4, dealer);
                line.setInt(5, quantity);
                line.setInt(6, allocated);
                line.setInt(7, cancelled);
                line.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection scoped(String network, String dealer) throws SQLException {
        Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword());
        connection.setAutoCommit(false); // the scope is transaction-local
        try (PreparedStatement scope = connection.prepareStatement("SELECT public.dealerhub_enter_scope('DEALER', ?, ?, '')")) {
            scope.setString(1, network);
            scope.setString(2, dealer);
            scope.execute();
        }
        return connection;
    }
}
