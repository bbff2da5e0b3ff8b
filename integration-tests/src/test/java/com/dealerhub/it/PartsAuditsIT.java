package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts targets and audits: the parts department sets a dealer's targets and records audits by its own staff or a
 * named third party; each finding is tracked to closure (the dealer responds, the parts department closes it or
 * returns it). Another dealer's audit answers 404; bad input names the field and records nothing.
 */
class PartsAuditsIT {

    static final String AUDITS = "/platform/api/parts/audits";
    static final String TARGETS = "/platform/api/parts/targets";
    static final String PARTS = "aurora-parts";
    static final String ADMIN = "aurora-e01-admin";

    @Test
    void targetsAreSetByThePartsDepartmentAndReadByTheDealer() {
        JsonObject set = ok(Api.as(PARTS).put(TARGETS + "/aurora-e02", "{\"fillRatePercent\":93.5,\"daysOfSupply\":21}"));
        assertThat(set.getJsonNumber("fillRatePercent").doubleValue()).isEqualTo(93.5);
        assertThat(set.getInt("daysOfSupply")).isEqualTo(21);
        List<JsonObject> own = Api.as("aurora-e02-admin").get(TARGETS).array().getValuesAs(JsonObject.class);
        assertThat(own).extracting(t -> t.getString("dealer")).containsExactly("aurora-e02");
        assertThat(Api.as(PARTS).get(TARGETS).array()).hasSizeGreaterThan(5);

        Reply rate = Api.as(PARTS).put(TARGETS + "/aurora-e02", "{\"fillRatePercent\":101,\"daysOfSupply\":21}");
        Reply days = Api.as(PARTS).put(TARGETS + "/aurora-e02", "{\"fillRatePercent\":90}");
        assertThat(rate.status()).isEqualTo(400);
        assertThat(rate.body()).contains("\"field\":\"fillRatePercent\"");
        assertThat(days.status()).isEqualTo(400);
        assertThat(days.body()).contains("\"field\":\"daysOfSupply\"");
        assertThat(Api.as(PARTS).put(TARGETS + "/borealis-e01", "{\"fillRatePercent\":90,\"daysOfSupply\":2}").status()).isEqualTo(404);
        assertThat(Api.as(ADMIN).put(TARGETS + "/aurora-e01", "{\"fillRatePercent\":10,\"daysOfSupply\":2}").status()).isEqualTo(403);
        assertThat(Api.as(PARTS).get(TARGETS).array().toString()).contains("\"daysOfSupply\":21");
    }

    @Test
    void findingsAreRespondedToReturnedAndClosed() {
        String summary = "Store audit " + Cases.uniqueWord();
        JsonObject audit = created(Api.as(PARTS).post(AUDITS, audit(summary, "THIRD_PARTY", "\"auditor\":\"Huashen Consulting\",")));
        assertThat(audit.getString("auditor")).isEqualTo("Huashen Consulting");
        assertThat(audit.getInt("openFindings")).isEqualTo(2);
        List<JsonObject> findings = audit.getJsonArray("findings").getValuesAs(JsonObject.class);
        String first = findings.get(0).getString("id");
        String second = findings.get(1).getString("id");
        assertThat(findings.getFirst().getString("state")).isEqualTo("OPEN");

        JsonObject asDealer = ok(Api.as(ADMIN).get(AUDITS + "/" + audit.getString("id")));
        assertThat(asDealer.getJsonArray("findings").getValuesAs(JsonObject.class).getFirst().getJsonArray("allowedActions").toString())
                .contains("RESPOND");
        Reply noText = Api.as(ADMIN).post(AUDITS + "/findings/" + first + "/respond", "{}");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.body()).contains("\"field\":\"text\"");
        assertThat(Api.as(PARTS).post(AUDITS + "/findings/" + first + "/close", "{}").status()).as("not responded yet").isEqualTo(409);

        ok(Api.as(ADMIN).post(AUDITS + "/findings/" + first + "/respond", "{\"text\":\"old parts now caged apart\"}"));
        ok(Api.as("aurora-e01-claims").post(AUDITS + "/findings/" + second + "/respond", "{\"text\":\"recounted\"}"));
        JsonObject closed = ok(Api.as(PARTS).post(AUDITS + "/findings/" + first + "/close", "{\"text\":\"checked on site\"}"));
        JsonObject returned = ok(Api.as(PARTS).post(AUDITS + "/findings/" + second + "/return", "{\"text\":\"name the cause of each difference\"}"));
        assertThat(returned.getInt("openFindings")).isEqualTo(1);
        List<JsonObject> after = returned.getJsonArray("findings").getValuesAs(JsonObject.class);
        assertThat(after).extracting(f -> f.getString("state")).containsExactly("CLOSED", "OPEN");
        assertThat(after.getFirst().getString("closedBy")).isEqualTo(PARTS);
        assertThat(after.get(1).getString("note")).isEqualTo("name the cause of each difference");
        assertThat(closed.getJsonArray("findings").getValuesAs(JsonObject.class).getFirst().getString("response"))
                .isEqualTo("old parts now caged apart");

        assertThat(Api.as(ADMIN).get(AUDITS + "?dealer=aurora-e01").array().getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("id")).contains(audit.getString("id"));
    }

    @Test
    void anotherDealersAuditAnswers404() {
        JsonObject audit = created(Api.as(PARTS).post(AUDITS, audit("Own staff " + Cases.uniqueWord(), "OWN_STAFF", "")));
        assertThat(audit.getString("auditor")).isEqualTo(PARTS);
        String finding = audit.getJsonArray("findings").getValuesAs(JsonObject.class).getFirst().getString("id");
        Api other = Api.as("aurora-e02-admin");
        assertThat(other.get(AUDITS + "/" + audit.getString("id")).status()).isEqualTo(404);
        assertThat(other.post(AUDITS + "/findings/" + finding + "/respond", "{\"text\":\"x\"}").status()).isEqualTo(404);
        assertThat(other.get(AUDITS).array().getValuesAs(JsonObject.class)).extracting(a -> a.getString("id"))
                .doesNotContain(audit.getString("id"));
        assertThat(Api.as("borealis-parts").get(AUDITS + "/" + audit.getString("id")).status()).isEqualTo(404);
    }

    @Test
    void badAuditsNameTheFieldAndRecordNothing() {
        long before = Api.as(PARTS).get(AUDITS + "?dealer=aurora-e01").array().size();
        Reply noThirdParty = Api.as(PARTS).post(AUDITS, audit("x", "THIRD_PARTY", ""));
        Reply future = Api.as(PARTS).post(AUDITS, audit("x", "OWN_STAFF", "").replace("2026-01-05", "2199-01-01"));
        Reply dealer = Api.as(PARTS).post(AUDITS, audit("x", "OWN_STAFF", "").replace("aurora-e01", "borealis-e01"));
        Reply kind = Api.as(PARTS).post(AUDITS, audit("x", "NEIGHBOUR", ""));
        Reply byTheDealer = Api.as(ADMIN).post(AUDITS, audit("x", "OWN_STAFF", ""));

        assertThat(noThirdParty.status()).isEqualTo(400);
        assertThat(noThirdParty.body()).contains("\"field\":\"auditor\"");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"auditedOn\"");
        assertThat(dealer.status()).isEqualTo(400);
        assertThat(dealer.body()).contains("\"field\":\"dealer\"");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("auditorKind");
        assertThat(byTheDealer.status()).isEqualTo(403);
        assertThat(Api.as(PARTS).get(AUDITS + "?dealer=aurora-e01").array().size()).isEqualTo(before);
    }

    private static String audit(String summary, String kind, String auditor) {
        return """
                {"dealer":"aurora-e01","auditedOn":"2026-01-05","auditorKind":"%s",%s"summary":"%s",
                 "findings":["Old parts not kept apart","Stock differences without cause"]}""".formatted(kind, auditor, summary);
    }

    private static JsonObject created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }
}
