package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Parts;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shortage end to end: 9 parts for 13 asked. The VOR order is served first and in full; the two stock
 * orders share the 5 left pro rata (6 and 3 asked: 3.33 and 1.67), the one part left by rounding going to
 * the larger remainder. The simulation shows exactly what the run then commits; the stock falls to 0,
 * lines keep their backorders, each order moves on, and each line's reason reads in both languages.
 */
class PartsAllocationIT {

    @Test
    void aShortageIsSimulatedThenCommittedWithAReasonForEveryLine() {
        String part = Parts.newPart("aurora", "10.00");
        String warehouse = Parts.newWarehouse();
        for (String dealer : new String[]{"aurora-e01", "aurora-e02", "aurora-s01"}) {
            Parts.makeAvailable(dealer, new BigDecimal("1000.00"));
        }
        String vor = Parts.place("aurora-e01-admin", Parts.vorOrder(part, 4)).getString("id");
        String big = Parts.place("aurora-e02-admin", Parts.stockOrder(part, 6)).getString("id");
        String small = Parts.place("aurora-s01-admin", Parts.stockOrder(part, 3)).getString("id");
        Parts.setStock("aurora", warehouse, part, 9);
        String run = "{\"warehouse\":\"" + warehouse + "\"}";

        assertThat(Api.as("aurora-e01-admin").post(Parts.ALLOCATION + "/simulations", run).status()).isEqualTo(403);
        JsonObject simulated = ok(Api.as("aurora-parts").post(Parts.ALLOCATION + "/simulations", run));
        assertThat(simulated.getBoolean("committed")).isFalse();
        assertThat(allocatedByOrder(simulated)).isEqualTo(Map.of(vor, 4, big, 3, small, 2));
        assertThat(stock(warehouse, part)).as("a simulation writes nothing").isEqualTo(9);
        assertThat(ok(Api.as("aurora-e02-admin").get(Parts.ORDERS + "/" + big)).getInt("allocated")).isZero();

        Reply committed = Api.as("aurora-parts").post(Parts.ALLOCATION + "/runs", run);
        assertThat(committed.status()).as("%s", committed).isEqualTo(201);
        JsonObject result = committed.object();
        assertThat(allocatedByOrder(result)).isEqualTo(allocatedByOrder(simulated));
        assertThat(result.getInt("allocated")).isEqualTo(9);
        assertThat(stock(warehouse, part)).isZero();

        JsonObject vorOrder = ok(Api.as("aurora-e01-admin").get(Parts.ORDERS + "/" + vor));
        assertThat(vorOrder.getString("state")).isEqualTo("ALLOCATED");
        JsonObject vorLine = vorOrder.getJsonArray("lines").getJsonObject(0).getJsonObject("lastAllocation");
        assertThat(vorLine.getString("tier")).isEqualTo("VOR");
        assertThat(vorLine.getString("reasonCode")).isEqualTo("FULL");

        JsonObject bigOrder = ok(Api.as("aurora-e02-admin").get(Parts.ORDERS + "/" + big));
        assertThat(bigOrder.getString("state")).isEqualTo("PARTLY_ALLOCATED");
        assertThat(bigOrder.getInt("backorder")).isEqualTo(3);
        JsonObject smallLine = ok(Api.as("aurora-s01-admin").get(Parts.ORDERS + "/" + small)).getJsonArray("lines").getJsonObject(0);
        assertThat(smallLine.getInt("allocated")).isEqualTo(2);
        assertThat(smallLine.getInt("backorder")).isEqualTo(1);
        JsonObject why = smallLine.getJsonObject("lastAllocation");
        assertThat(why.getString("reasonCode")).isEqualTo("PRO_RATA");
        assertThat(why.getInt("rank")).isEqualTo(1);
        assertThat(why.getString("reasonEn")).contains("pro rata 1.6667").contains("largest remainder");
        assertThat(why.getString("reasonZh")).contains("按比例").contains("最大余数");

        JsonObject stored = ok(Api.as("aurora-parts").get(Parts.ALLOCATION + "/runs/" + result.getString("id")));
        assertThat(stored.getJsonArray("results")).hasSize(3);
        assertThat(Api.as("aurora-fmc-east").get(Parts.ALLOCATION + "/runs/" + result.getString("id")).object()
                .getJsonArray("results")).as("the FMC of the east reads the east's lines only").hasSize(2);

        JsonObject again = ok(Api.as("aurora-parts").post(Parts.ALLOCATION + "/simulations", run));
        assertThat(again.getInt("allocated")).as("nothing left to allocate").isZero();

        JsonObject shipped = ok(Api.as("aurora-parts").post(Parts.ORDERS + "/" + vor + "/ship", ""));
        assertThat(shipped.getString("state")).isEqualTo("SHIPPED");
        JsonObject balance = Parts.balance("aurora-e01-admin", "aurora-e01");
        assertThat(balance.getJsonNumber("available").bigDecimalValue()).as("shipping moves the value to an invoice")
                .isEqualByComparingTo("960.00");
        assertThat(Api.as("aurora-e01-admin").get(Parts.DEPOSITS + "/aurora-e01/entries").array().getJsonObject(0).getString("kind"))
                .isEqualTo("INVOICE");
        Reply overReceived = Api.as("aurora-e01-admin").post(Parts.ORDERS + "/" + vor + "/receive",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":5}]}");
        assertThat(overReceived.status()).isEqualTo(400);
        assertThat(overReceived.body()).contains("\"field\":\"lines[0].quantity\"");
        JsonObject received = ok(Api.as("aurora-e01-admin").post(Parts.ORDERS + "/" + vor + "/receive",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":3}]}"));
        assertThat(received.getString("state")).isEqualTo("RECEIVED");
        assertThat(received.getJsonArray("lines").getJsonObject(0).getInt("received")).isEqualTo(3);

        JsonObject rest = ok(Api.as("aurora-e02-admin").post(Parts.ORDERS + "/" + big + "/cancel", "{}"));
        assertThat(rest.getString("state")).as("the backorder dropped, what is allocated stays").isEqualTo("ALLOCATED");
        assertThat(rest.getInt("allocated")).isEqualTo(3);
    }

    @Test
    void anUnknownWarehouseAnswers404AndABadOneNamesTheField() {
        assertThat(Api.as("aurora-parts").post(Parts.ALLOCATION + "/runs", "{\"warehouse\":\"NO-SUCH-WH\"}").status()).isEqualTo(404);
        Reply bad = Api.as("aurora-parts").post(Parts.ALLOCATION + "/runs", "{\"warehouse\":\"bad warehouse\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"warehouse\"");
        Reply badStock = Api.as("aurora-parts").upload(Parts.STOCK + "/import", "text/csv",
                "warehouse,partNumber,quantity\nWH-A,P-10001,5\nWH-A,NO-SUCH,x\n".getBytes());
        assertThat(badStock.status()).isEqualTo(400);
        assertThat(badStock.body()).contains("rows[3].partNumber").contains("rows[3].quantity");
        assertThat(Api.as("aurora-parts").get(Parts.STOCK + "?warehouse=WH-A").array()).as("nothing imported").isEmpty();
    }

    private static Map<String, Integer> allocatedByOrder(JsonObject run) {
        return run.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("order"), r -> r.getInt("allocated")));
    }

    private static int stock(String warehouse, String part) {
        return Api.as("aurora-e01-admin").get(Parts.STOCK + "?warehouse=" + warehouse + "&part=" + part).array()
                .getJsonObject(0).getInt("quantity");
    }
}
