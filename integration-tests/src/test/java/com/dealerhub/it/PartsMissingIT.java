package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Complaints;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Missing-part requests (缺失件订购, a MISSING_PART case): the dealer's parts staff ask; the request waits in the
 * parts department's work queue under its 2-working-day clock; the parts department confirms it with a delivery
 * date (the dealer's station manager hears of it) or declines it with a reason; the dealer confirms receipt.
 */
class PartsMissingIT {

    static final String PATH = "/platform/api/parts/missing-parts";
    static final String PARTS = "aurora-parts";
    static final String CLERK = "aurora-e01-claims";

    @Test
    void aRequestIsConfirmedWithADeliveryDateAndReceived() {
        String part = "Door trim clip " + Cases.uniqueWord();
        JsonObject asked = created(Api.as(CLERK).post(PATH, request(part, Vins.random())));
        String id = asked.getString("id");
        assertThat(asked.getString("number")).startsWith("MP-");
        assertThat(asked.getString("state")).isEqualTo("REQUESTED");
        assertThat(Complaints.clockStatus(asked, "MISSING_PART_CONFIRM")).isEqualTo("RUNNING");
        assertThat(Complaints.actions(asked)).containsExactly("WITHDRAW");
        assertThat(Complaints.actions(ok(Api.as(PARTS).get(PATH + "/" + id)))).containsExactlyInAnyOrder("CONFIRM", "DECLINE");
        assertThat(queued(PARTS)).contains(id);

        Reply past = Api.as(PARTS).post(PATH + "/" + id + "/confirm", "{\"deliveryDate\":\"2020-01-01\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("\"field\":\"deliveryDate\"");
        assertThat(Api.as(PARTS).post(PATH + "/" + id + "/confirm", "{}").body()).contains("\"field\":\"deliveryDate\"");
        assertThat(ok(Api.as(CLERK).get(PATH + "/" + id)).getString("state")).isEqualTo("REQUESTED");
        assertThat(Api.as(CLERK).post(PATH + "/" + id + "/confirm", "{\"deliveryDate\":\"2099-01-01\"}").status()).isEqualTo(403);

        String delivery = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
        JsonObject confirmed = ok(Api.as(PARTS).post(PATH + "/" + id + "/confirm",
                "{\"deliveryDate\":\"" + delivery + "\",\"note\":\"by courier\"}"));
        assertThat(confirmed.getString("state")).isEqualTo("CONFIRMED");
        assertThat(confirmed.getString("deliveryDate")).isEqualTo(delivery);
        assertThat(Complaints.clockStatus(confirmed, "MISSING_PART_CONFIRM")).isEqualTo("MET");
        assertThat(queued(PARTS)).doesNotContain(id);
        assertThat(inboxTitles("aurora-e01-admin")).anyMatch(t -> t.contains(confirmed.getString("number")));

        JsonObject received = ok(Api.as("aurora-e01-admin").post(PATH + "/" + id + "/receive", "{}"));
        assertThat(received.getString("state")).isEqualTo("RECEIVED");
        assertThat(Api.as(PARTS).post(PATH + "/" + id + "/decline", "{\"reason\":\"late\"}").status()).isEqualTo(409);
    }

    @Test
    void aRequestIsDeclinedWithAReason() {
        String id = created(Api.as(CLERK).post(PATH, request("Obsolete mirror " + Cases.uniqueWord(), null))).getString("id");
        Reply noReason = Api.as(PARTS).post(PATH + "/" + id + "/decline", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        JsonObject declined = ok(Api.as(PARTS).post(PATH + "/" + id + "/decline", "{\"reason\":\"superseded by P-40001\"}"));
        assertThat(declined.getString("state")).isEqualTo("DECLINED");
        assertThat(declined.getString("declineReason")).isEqualTo("superseded by P-40001");
        assertThat(Complaints.actions(ok(Api.as(CLERK).get(PATH + "/" + id)))).isEmpty();
    }

    @Test
    void anotherDealersRequestAnswers404AndIsNotListed() {
        String id = created(Api.as(CLERK).post(PATH, request("Badge " + Cases.uniqueWord(), null))).getString("id");
        Api other = Api.as("aurora-e02-admin");
        assertThat(other.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(other.post(PATH + "/" + id + "/withdraw", "{}").status()).isEqualTo(404);
        assertThat(other.get(PATH).array().getValuesAs(JsonObject.class).stream().map(n -> n.getString("id"))).doesNotContain(id);
        assertThat(Api.as("borealis-parts").post(PATH + "/" + id + "/decline", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(ok(Api.as(CLERK).post(PATH + "/" + id + "/withdraw", "{}")).getString("state")).isEqualTo("WITHDRAWN");
    }

    @Test
    void badRequestsNameTheFieldAndOpenNothing() {
        long before = Api.as(CLERK).get(PATH).array().size();
        Reply noPart = Api.as(CLERK).post(PATH, "{\"quantity\":1,\"reason\":\"r\"}");
        Reply quantity = Api.as(CLERK).post(PATH, request("x", null).replace("\"quantity\":2", "\"quantity\":0"));
        Reply vin = Api.as(CLERK).post(PATH, request("x", "NOTAVIN"));
        Reply reason = Api.as(CLERK).post(PATH, request("x", null).replace("\"reason\":\"customer waiting\"", "\"reason\":\"\""));
        Reply byTheOem = Api.as(PARTS).post(PATH, request("x", null));
        Reply advisor = Api.as("aurora-e01-advisor").post(PATH, request("x", null));

        assertThat(noPart.status()).isEqualTo(400);
        assertThat(noPart.body()).contains("\"field\":\"partNumber\"");
        assertThat(quantity.status()).isEqualTo(400);
        assertThat(quantity.body()).contains("\"field\":\"quantity\"");
        assertThat(vin.status()).isEqualTo(400);
        assertThat(vin.body()).contains("\"field\":\"vin\"");
        assertThat(reason.status()).isEqualTo(400);
        assertThat(reason.body()).contains("\"field\":\"reason\"");
        assertThat(byTheOem.status()).isEqualTo(403);
        assertThat(advisor.status()).isEqualTo(403);
        assertThat(Api.as(CLERK).get(PATH).array().size()).isEqualTo(before);
    }

    private static String request(String description, String vin) {
        return """
                {"partDescription":"%s","quantity":2,%s"reason":"customer waiting"}"""
                .formatted(description, vin == null ? "" : "\"vin\":\"" + vin + "\",");
    }

    private static List<String> queued(String user) {
        return ok(Api.as(user).get("/platform/api/queue?size=200")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("id")).toList();
    }

    private static List<String> inboxTitles(String user) {
        return ok(Api.as(user).get("/platform/api/notifications/inbox")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("title", "") + " " + i.getString("subject", "")).toList();
    }

    private static JsonObject created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }
}
