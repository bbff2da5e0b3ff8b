package com.dealerhub.it.support;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts test helpers: a fresh catalogue part, deposits brought to a known available amount, orders placed (through the
 * API), and parts rows written and read straight in the database, as the application role within a dealer's scope.
 */
public final class Parts {

    public static final String ORDERS = "/platform/api/parts/orders";
    public static final String DEPOSITS = "/platform/api/parts/deposits";
    public static final String STOCK = "/platform/api/parts/stock";
    public static final String ALLOCATION = "/platform/api/parts/allocation";

    private Parts() {
    }

    /** The OEM parts user of a network ({@code aurora-parts}). */
    public static String partsDepartment(String network) {
        return network + "-parts";
    }

    /** A part of the network's catalogue no other test uses, at a price. */
    public static String newPart(String network, String price) {
        String number = "P-IT" + Cases.uniqueWord().substring(3, 11).toUpperCase(Locale.ROOT);
        String csv = "number,description,unitPrice,special\n" + number + ",测试件 Test part," + price + ",false\n";
        Reply imported = Api.as(partsDepartment(network)).upload("/platform/api/warranty/catalogue/parts", "text/csv", csv.getBytes());
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        return number;
    }

    /** A warehouse code no other test uses. */
    public static String newWarehouse() {
        return "IT-" + Cases.uniqueWord().substring(3, 11).toUpperCase(Locale.ROOT);
    }

    public static JsonObject balance(String user, String dealer) {
        Reply reply = Api.as(user).get(DEPOSITS + "/" + dealer);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.object();
    }

    public static BigDecimal available(String dealer) {
        return balance(partsDepartment(network(dealer)), dealer).getJsonNumber("available").bigDecimalValue();
    }

    /** Pays in or releases so that exactly {@code amount} is available to the dealer. */
    public static void makeAvailable(String dealer, BigDecimal amount) {
        BigDecimal now = available(dealer);
        String oem = partsDepartment(network(dealer));
        if (now.compareTo(amount) < 0) {
            record(oem, dealer, "PAYMENT", amount.subtract(now));
        } else if (now.compareTo(amount) > 0) {
            record(oem, dealer, "RELEASE", now.subtract(amount));
        }
        assertThat(available(dealer)).isEqualByComparingTo(amount);
    }

    public static JsonObject record(String user, String dealer, String kind, BigDecimal amount) {
        Reply reply = Api.as(user).post(DEPOSITS + "/" + dealer + "/entries",
                "{\"kind\":\"" + kind + "\",\"amount\":" + amount.toPlainString() + ",\"reference\":\"IT " + kind + "\"}");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.object();
    }

    public static String stockOrder(String part, int quantity) {
        return "{\"kind\":\"STOCK\",\"lines\":[{\"partNumber\":\"" + part + "\",\"quantity\":" + quantity + "}]}";
    }

    public static String vorOrder(String part, int quantity) {
        return "{\"kind\":\"VOR\",\"vin\":\"LAURA0E0" + "1A0000001\",\"repairOrder\":\"RO-IT-1\",\"lines\":[{\"partNumber\":\"" + part
                + "\",\"quantity\":" + quantity + "}]}";
    }

    public static JsonObject place(String user, String body) {
        Reply reply = Api.as(user).post(ORDERS, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.object();
    }

    public static void setStock(String network, String warehouse, String part, int quantity) {
        Reply reply = Api.as(partsDepartment(network)).put(STOCK + "/" + warehouse + "/" + part, "{\"quantity\":" + quantity + "}");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    private static String network(String dealer) {
        return dealer.substring(0, dealer.indexOf('-'));
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
