package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Parts;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts orders: citations checked per kind, lines priced from the catalogue, idempotent DMS placement,
 * cancellation of backorders, another dealer's orders answering 404, bad input naming the field with
 * nothing written.
 */
class PartsOrdersIT {

    static final String DMS = "aurora-e02-claims";

    @Test
    void aDmsRetryAnswersWithTheFirstOrderAndAnotherOrderUnderTheKeyIsRefused() {
        String part = Parts.newPart("aurora", "12.50");
        Parts.makeAvailable("aurora-e02", new BigDecimal("1000.00"));
        String key = "DMS-" + part;
        String body = "{\"kind\":\"STOCK\",\"idempotencyKey\":\"" + key + "\",\"lines\":[{\"partNumber\":\"" + part + "\",\"quantity\":4}]}";
        JsonObject first = Parts.place(DMS, body);
        assertThat(first.getString("number")).startsWith("PO-");
        assertThat(first.getString("state")).isEqualTo("PLACED");
        assertThat(first.getJsonArray("lines").getJsonObject(0).getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo("12.50");

        Reply again = Api.as(DMS).post(Parts.ORDERS, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.object().getString("id")).isEqualTo(first.getString("id"));
        assertThat(Parts.available("aurora-e02")).as("reserved once").isEqualByComparingTo("950.00");

        Reply other = Api.as(DMS).post(Parts.ORDERS, body.replace("\"quantity\":4", "\"quantity\":5"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("\"field\":\"idempotencyKey\"");
        assertThat(Parts.available("aurora-e02")).isEqualByComparingTo("950.00");
    }

    @Test
    void kindsCiteWhatTheyNeedAndBadInputNamesTheFieldWithNothingWritten() {
        String part = Parts.newPart("aurora", "10.00");
        Parts.makeAvailable("aurora-e01", new BigDecimal("500.00"));
        JsonObject before = Parts.balance("aurora-e01-admin", "aurora-e01");
        int orders = Api.as("aurora-e01-admin").get(Parts.ORDERS).array().size();
        String line = "\"lines\":[{\"partNumber\":\"" + part + "\",\"quantity\":1}]";
        assertRefused("{\"kind\":\"VOR\",\"vin\":\"NOT-A-VIN\",\"repairOrder\":\"RO-1\"," + line + "}", "vin");
        assertRefused("{\"kind\":\"VOR\",\"vin\":\"LAURA0E01A0000001\"," + line + "}", "repairOrder");
        assertRefused("{\"kind\":\"CAMPAIGN\"," + line + "}", "campaignCode");
        assertRefused("{\"kind\":\"CAMPAIGN\",\"campaignCode\":\"NO-SUCH-CAMPAIGN\"," + line + "}", "campaignCode");
        assertRefused("{\"kind\":\"STOCK\",\"vin\":\"LAURA0E01A0000001\"," + line + "}", "vin");
        assertRefused("{\"kind\":\"FORCED\",\"campaignCode\":\"X\"," + line + "}", "kind");
        assertRefused("{\"kind\":\"STOCK\",\"lines\":[{\"partNumber\":\"NO-SUCH-PART\",\"quantity\":1}]}", "lines[0].partNumber");
        assertRefused("{\"kind\":\"STOCK\",\"lines\":[{\"partNumber\":\"" + part + "\",\"quantity\":0}]}", "lines[0].quantity");
        assertRefused("{\"kind\":\"STOCK\",\"lines\":[]}", "lines");
        assertRefused("{\"kind\":\"SOMETIME\"," + line + "}", "kind");
        assertThat(Parts.balance("aurora-e01-admin", "aurora-e01")).isEqualTo(before);
        assertThat(Api.as("aurora-e01-admin").get(Parts.ORDERS).array()).hasSize(orders);

        JsonObject vor = Parts.place("aurora-e01-admin", Parts.vorOrder(part, 2));
        assertThat(vor.getString("kind")).isEqualTo("VOR");
        assertThat(vor.getString("vin")).isEqualTo("LAURA0E01A0000001");
        assertThat(searchedByPart(part, "VOR")).as("a parts order is indexed with its kind and parts").contains(vor.getString("number"));
        assertThat(vor.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).contains("CANCEL_LINES", "CANCEL");
        assertThat(Api.as("aurora-e01-admin").post(Parts.ORDERS + "/" + vor.getString("id") + "/ship", "").status()).isEqualTo(403);
        assertThat(Api.as("aurora-parts").post(Parts.ORDERS + "/" + vor.getString("id") + "/ship", "").status())
                .as("nothing allocated yet").isEqualTo(409);
        Reply tooMuch = Api.as("aurora-e01-admin").post(Parts.ORDERS + "/" + vor.getString("id") + "/cancel",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":3}]}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("\"field\":\"lines[0].quantity\"");
        JsonObject partly = Api.as("aurora-e01-admin").post(Parts.ORDERS + "/" + vor.getString("id") + "/cancel",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":1}]}").object();
        assertThat(partly.getString("state")).isEqualTo("PLACED");
        assertThat(partly.getInt("backorder")).isEqualTo(1);
        assertThat(Parts.available("aurora-e01")).isEqualByComparingTo("490.00");
    }

    @Test
    void anotherDealersOrderAnswers404AndIsNotListed() {
        String part = Parts.newPart("aurora", "1.00");
        Parts.makeAvailable("aurora-e01", new BigDecimal("100.00"));
        String id = Parts.place("aurora-e01-claims", Parts.stockOrder(part, 1)).getString("id");
        Api other = Api.as("aurora-e02-admin");
        assertThat(other.get(Parts.ORDERS + "/" + id).status()).isEqualTo(404);
        assertThat(other.post(Parts.ORDERS + "/" + id + "/cancel", "{}").status()).isEqualTo(404);
        assertThat(other.post(Parts.ORDERS + "/" + id + "/receive", "{}").status()).isEqualTo(404);
        assertThat(Api.as("borealis-parts").post(Parts.ORDERS + "/" + id + "/ship", "").status()).isEqualTo(404);
        assertThat(other.get(Parts.ORDERS).array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("id"))).doesNotContain(id);
        assertThat(Api.as("aurora-parts").get(Parts.ORDERS + "?dealer=aurora-e01").array().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id"))).contains(id);
        assertThat(Api.as("aurora-e01-advisor").get(Parts.ORDERS + "/" + id).status()).as("not parts staff").isEqualTo(403);
    }

    /** The numbers of the cases found by their part and kind, once the index has them (at most 15 s). */
    private static List<String> searchedByPart(String part, String kind) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> found;
        do {
            Reply reply = Api.as("aurora-e01-admin").get("/reporting/api/search?part=" + part + "&kind=" + kind);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            found = reply.object().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("number")).toList();
        } while (found.isEmpty() && System.nanoTime() < deadline && sleep());
        return found;
    }

    private static boolean sleep() {
        Cases.sleep(200);
        return true;
    }

    private static void assertRefused(String body, String field) {
        Reply reply = Api.as("aurora-e01-admin").post(Parts.ORDERS, body);
        assertThat(reply.status()).as("%s -> %s", body, reply).isEqualTo(400);
        assertThat(reply.body()).as(body).contains("\"field\":\"" + field + "\"");
    }
}
