package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Parts;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forced allocation of a published campaign (强制配货): the parts department sets the parts per vehicle, previews
 * the push (nothing stored), commits it: each dealer with unrepaired vehicles gets a shipped forced order debited to
 * its deposit, which the dealer confirms received. Pushing again pushes only vehicles imported since. Another
 * dealer's order answers 404; bad input names the field and changes nothing.
 */
class PartsCampaignPushIT {

    static final String CAMPAIGNS = "/platform/api/warranty/campaigns";
    static final String PARTS = "aurora-parts";
    static final String ORDERS = "/platform/api/parts/orders";

    @Test
    void aPublishedCampaignIsPreviewedPushedDebitedReceivedAndNotPushedTwice() {
        String code = publishedCampaign();
        String[] e01 = {Vins.random(), Vins.random()};
        String e02 = Vins.random();
        importVins(code, e01[0] + ",aurora-e01\n" + e01[1] + ",aurora-e01\n" + e02 + ",aurora-e02\n" + Vins.random() + "\n");

        Reply notInCampaign = Api.as(PARTS).put(push(code).replace("/push", "/parts"), "{\"parts\":[{\"part\":\"P-90001\",\"perVehicle\":2}]}");
        assertThat(notInCampaign.status()).isEqualTo(400);
        assertThat(notInCampaign.body()).contains("\"field\":\"parts[0].part\"");
        Reply perVehicle = Api.as(PARTS).put(push(code).replace("/push", "/parts"), "{\"parts\":[{\"part\":\"P-40001\",\"perVehicle\":2}]}");
        assertThat(perVehicle.status()).isEqualTo(200);
        assertThat(perVehicle.array().toString()).contains("\"perVehicle\":2");

        JsonObject preview = ok(Api.as(PARTS).get(push(code)));
        assertThat(preview.getBoolean("committed")).isFalse();
        assertThat(preview.getInt("unrepairedVehicles")).isEqualTo(4);
        assertThat(preview.getInt("vehiclesWithoutDealer")).isEqualTo(1);
        List<JsonObject> dealers = preview.getJsonArray("dealers").getValuesAs(JsonObject.class);
        assertThat(dealers).extracting(d -> d.getString("dealer")).containsExactly("aurora-e01", "aurora-e02");
        JsonObject atE01 = dealers.getFirst();
        assertThat(atE01.getInt("vehicles")).isEqualTo(2);
        assertThat(atE01.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("part") + "=" + l.getInt("quantity"))
                .containsExactly("P-10001=2", "P-40001=4");
        BigDecimal e01Value = new BigDecimal("2").multiply(new BigDecimal("860.00")).add(new BigDecimal("4").multiply(new BigDecimal("380.00")));
        assertThat(atE01.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo(e01Value);
        assertThat(ok(Api.as(PARTS).get(push(code))).toString()).as("a preview stores nothing").isEqualTo(preview.toString());
        assertThat(forcedOrdersOf("aurora-e01-admin", code)).isEmpty();

        assertThat(Api.as("aurora-e01-admin").post(push(code), "{}").status()).isEqualTo(403);
        assertThat(Api.as("aurora-claims").post(push(code), "{}").status()).isEqualTo(403);

        JsonObject pushed = ok(Api.as(PARTS).post(push(code), "{}"));
        assertThat(pushed.getBoolean("committed")).isTrue();
        JsonObject orderAtE01 = pushed.getJsonArray("dealers").getValuesAs(JsonObject.class).getFirst();
        String order = orderAtE01.getString("order");
        assertThat(orderAtE01.getString("orderNumber")).startsWith("PO-");

        JsonObject shipped = ok(Api.as("aurora-e01-claims").get(ORDERS + "/" + order));
        assertThat(shipped.getString("state")).isEqualTo("SHIPPED");
        assertThat(shipped.getString("campaignCode")).isEqualTo(code);
        assertThat(shipped.getString("kind")).isEqualTo("FORCED");
        assertThat(shipped.getJsonArray("lines").getValuesAs(JsonObject.class))
                .allSatisfy(l -> assertThat(l.getInt("allocated")).isEqualTo(l.getInt("quantity")).isEqualTo(l.getInt("shipped")));
        assertThat(shipped.getJsonArray("allowedActions").toString()).contains("RECEIVE");
        assertThat(Parts.invoiced("aurora", "aurora-e01", order)).isEqualByComparingTo(e01Value);

        assertThat(Api.as("aurora-e02-admin").get(ORDERS + "/" + order).status()).isEqualTo(404);
        assertThat(Api.as("aurora-e02-admin").post(ORDERS + "/" + order + "/receive", "{}").status()).isEqualTo(404);
        assertThat(forcedOrdersOf("aurora-e02-admin", code)).hasSize(1);

        Reply tooMany = Api.as("aurora-e01-claims").post(ORDERS + "/" + order + "/receive", "{\"lines\":[{\"lineNo\":1,\"quantity\":99}]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"lines[0].quantity\"");
        assertThat(ok(Api.as("aurora-e01-claims").get(ORDERS + "/" + order)).getString("state")).isEqualTo("SHIPPED");

        JsonObject received = ok(Api.as("aurora-e01-claims").post(ORDERS + "/" + order + "/receive", "{\"lines\":[{\"lineNo\":1,\"quantity\":1}]}"));
        assertThat(received.getString("state")).isEqualTo("RECEIVED");
        assertThat(received.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getInt("received")).containsExactly(1, 4);
        assertThat(Api.as("aurora-e01-claims").post(ORDERS + "/" + order + "/receive", "{}").status()).isEqualTo(409);

        JsonObject again = ok(Api.as(PARTS).post(push(code), "{}"));
        assertThat(again.getJsonArray("dealers")).as("pushing again pushes nothing new").isEmpty();
        assertThat(forcedOrdersOf("aurora-e01-admin", code)).hasSize(1);

        importVins(code, Vins.random() + ",aurora-e01\n");
        JsonObject newVehicle = ok(Api.as(PARTS).post(push(code), "{}"));
        assertThat(newVehicle.getJsonArray("dealers").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("dealer") + ":" + d.getInt("vehicles")).containsExactly("aurora-e01:1");
        assertThat(forcedOrdersOf("aurora-e01-admin", code)).hasSize(2);
    }

    @Test
    void unknownCampaignsAndOtherNetworksAnswer404() {
        String code = publishedCampaign();
        assertThat(Api.as(PARTS).get(push("NO-SUCH-" + code)).status()).isEqualTo(404);
        assertThat(Api.as("borealis-parts").get(push(code)).status()).isEqualTo(404);
        assertThat(Api.as("borealis-parts").post(push(code), "{}").status()).isEqualTo(404);
        Reply badDealer = Api.as("aurora-quality").upload(CAMPAIGNS + "/" + code + "/vehicles", "text/plain",
                (Vins.random() + ",borealis-e01\n").getBytes());
        assertThat(badDealer.status()).isEqualTo(400);
        assertThat(badDealer.body()).contains("\"field\":\"vins\"");
        assertThat(ok(Api.as(PARTS).get(push(code))).getInt("unrepairedVehicles")).isZero();
    }

    @Test
    void theDemoRecallWaitsToBePushed() {
        JsonObject preview = ok(Api.as(PARTS).get(push("RC-2026-BRAKE")));
        assertThat(preview.getInt("unrepairedVehicles")).isPositive();
    }

    /** The dealer's forced orders of one campaign. */
    private static List<JsonObject> forcedOrdersOf(String user, String campaign) {
        return Api.as(user).get(ORDERS + "?kind=FORCED").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> campaign.equals(o.getString("campaignCode", null))).toList();
    }

    private static String publishedCampaign() {
        String code = "PUSH-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        Reply published = Api.as("aurora-quality").post(CAMPAIGNS, """
                {"code":"%s","title":"Brake and chain recall","laborOperations":["BR-401"],"parts":["P-40001","P-10001"],
                 "validFrom":"2026-01-01","validTo":"2099-12-31"}""".formatted(code));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        return code;
    }

    private static void importVins(String code, String lines) {
        Reply imported = Api.as("aurora-quality").upload(CAMPAIGNS + "/" + code + "/vehicles", "text/plain", lines.getBytes());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    }

    private static String push(String code) {
        return "/platform/api/parts/campaigns/" + code + "/push";
    }
}
