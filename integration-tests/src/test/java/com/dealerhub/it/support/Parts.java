package com.dealerhub.it.support;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Parts test helpers: a fresh catalogue part, deposits brought to a known available amount, orders placed. */
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
}
