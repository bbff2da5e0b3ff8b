package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Parts;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deposit: available = deposit − open orders − unpaid invoices; an order worth more is refused with
 * its shortfall; orders sent at the same moment never overdraw it; the ledger is the parts department's
 * to write and the dealer's (and OEM's within reach) to read.
 */
class PartsDepositIT {

    @Test
    void anOrderWorthMoreThanAvailableIsRefusedWithItsShortfallAndWritesNothing() {
        String part = Parts.newPart("aurora", "100.00");
        Parts.makeAvailable("aurora-e01", new BigDecimal("250.00"));
        JsonObject before = Parts.balance("aurora-e01-admin", "aurora-e01");

        Reply refused = Api.as("aurora-e01-admin").post(Parts.ORDERS, Parts.stockOrder(part, 3));
        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.body()).contains("\"field\":\"lines\"").contains("shortfall 50.00");
        assertThat(Parts.balance("aurora-e01-admin", "aurora-e01")).isEqualTo(before);

        JsonObject placed = Parts.place("aurora-e01-admin", Parts.stockOrder(part, 2));
        assertThat(placed.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("200.00");
        JsonObject after = Parts.balance("aurora-e01-admin", "aurora-e01");
        assertThat(after.getJsonNumber("available").bigDecimalValue()).isEqualByComparingTo("50.00");
        assertThat(after.getJsonNumber("openOrders").bigDecimalValue())
                .isEqualByComparingTo(before.getJsonNumber("openOrders").bigDecimalValue().add(new BigDecimal("200.00")));

        JsonObject cancelled = Api.as("aurora-e01-admin").post(Parts.ORDERS + "/" + placed.getString("id") + "/cancel", "{}").object();
        assertThat(cancelled.getString("state")).isEqualTo("CANCELLED");
        assertThat(Parts.available("aurora-e01")).as("cancelling releases the reserved value").isEqualByComparingTo("250.00");
    }

    @Test
    void ordersSentAtTheSameMomentNeverOverdraw() throws Exception {
        String part = Parts.newPart("borealis", "860.00");
        Parts.makeAvailable("borealis-e02", new BigDecimal("8600.00"));
        int senders = 20;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        Api.token("borealis-e02-claims");
        for (int i = 0; i < senders; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return Api.as("borealis-e02-claims").post(Parts.ORDERS, Parts.stockOrder(part, 1)).status();
            }));
        }
        start.countDown();
        int placed = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertThat(status).isIn(201, 409);
            if (status == 201) {
                placed++;
            } else {
                refused++;
            }
        }
        pool.shutdown();
        assertThat(placed).isEqualTo(10);
        assertThat(refused).isEqualTo(10);
        assertThat(Parts.available("borealis-e02")).isEqualByComparingTo("0.00");
    }

    @Test
    void theLedgerIsWrittenByThePartsDepartmentAndReadWithinReach() {
        Reply byDealer = Api.as("aurora-e01-admin").post(Parts.DEPOSITS + "/aurora-e01/entries",
                "{\"kind\":\"PAYMENT\",\"amount\":100,\"reference\":\"self-service\"}");
        assertThat(byDealer.status()).isEqualTo(403);
        Reply invoice = Api.as("aurora-parts").post(Parts.DEPOSITS + "/aurora-e01/entries",
                "{\"kind\":\"INVOICE\",\"amount\":100,\"reference\":\"manual\"}");
        assertThat(invoice.status()).isEqualTo(400);
        assertThat(invoice.body()).contains("\"field\":\"kind\"");
        Reply negative = Api.as("aurora-parts").post(Parts.DEPOSITS + "/aurora-e01/entries",
                "{\"kind\":\"PAYMENT\",\"amount\":-5,\"reference\":\"x\"}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"amount\"");

        BigDecimal available = Parts.available("aurora-e01");
        Reply overRelease = Api.as("aurora-parts").post(Parts.DEPOSITS + "/aurora-e01/entries",
                "{\"kind\":\"RELEASE\",\"amount\":" + available.add(BigDecimal.TEN).toPlainString() + ",\"reference\":\"too much\"}");
        assertThat(overRelease.status()).isEqualTo(409);
        assertThat(overRelease.body()).contains("\"field\":\"amount\"").contains("shortfall 10.00");

        Parts.record("aurora-parts", "aurora-e01", "PAYMENT", new BigDecimal("123.45"));
        assertThat(Api.as("aurora-e01-claims").get(Parts.DEPOSITS + "/aurora-e01/entries").array().getJsonObject(0).getString("reference"))
                .isEqualTo("IT PAYMENT");
        assertThat(Api.as("aurora-e02-admin").get(Parts.DEPOSITS + "/aurora-e01").status()).isEqualTo(404);
        assertThat(Api.as("aurora-e02-admin").get(Parts.DEPOSITS + "/aurora-e01/entries").status()).isEqualTo(404);
        assertThat(Api.as("borealis-parts").get(Parts.DEPOSITS + "/aurora-e01").status()).isEqualTo(404);
        assertThat(Api.as("aurora-fmc-east").get(Parts.DEPOSITS + "/aurora-e01").status()).isEqualTo(200);
        assertThat(Api.as("aurora-fmc-east").get(Parts.DEPOSITS + "/aurora-s01").status()).isEqualTo(404);
        assertThat(Api.as("aurora-analyst").get(Parts.DEPOSITS).array().getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("dealer"))).contains("aurora-e01", "aurora-s01").noneMatch(d -> d.startsWith("borealis"));
    }
}
