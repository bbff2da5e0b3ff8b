package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static com.dealerhub.it.support.Claims.PATH;
import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every warranty endpoint answers "not found" for a claim, pre-authorisation or statement
 * outside the caller's reach (another dealer, another region, another network), and bad
 * input is refused with the field named and nothing stored.
 */
class WarrantyIsolationIT {

    private static final String OWNER = "aurora-e01-claims";

    @ParameterizedTest
    @ValueSource(strings = {"aurora-e02-claims", "aurora-fmc-south", "borealis-claims", "borealis-e01-claims"})
    void aClaimOfAnotherDealerIsNotFoundOnEveryEndpoint(String outsider) {
        String vin = Vins.random();
        String id = id(submit(OWNER, id(draft(OWNER, Claims.regular(vin)))));
        String draftId = id(draft(OWNER, Claims.regular(Vins.random())));
        Api as = Api.as(outsider);

        List<Reply> replies = List.of(
                as.get(PATH + "/" + id),
                as.put(PATH + "/" + draftId, Claims.regular(vin).json()),
                as.post(PATH + "/" + draftId + "/submit", "{}"),
                as.post(PATH + "/" + id + "/approve", "{}"),
                as.post(PATH + "/" + id + "/return", "{\"note\":\"x\"}"),
                as.post(PATH + "/" + id + "/reject", "{\"note\":\"x\"}"),
                as.post(PATH + "/" + id + "/settle", "{}"),
                as.get("/platform/api/cases/" + id),
                as.get("/platform/api/cases/" + id + "/attachments"),
                as.upload("/platform/api/cases/" + draftId + "/attachments?purpose=PHOTO&name=p.png", "image/png", Claims.PNG));
        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isEqualTo(404));
        assertThat(Claims.ok(as.get(PATH + "?size=200")).getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("id"))).doesNotContain(id, draftId);
        assertThat(Claims.state(Claims.ok(Api.as(OWNER).get(PATH + "/" + id)))).isEqualTo("PENDING_CLAIMS");
    }

    /** ADR 0010: the vehicle's history is the network's; the claim behind each repair stays its dealer's. */
    @Test
    void anotherDealerOfTheNetworkSeesTheVehiclesHistoryButNothingElseOfTheClaim() {
        String vin = Vins.random();
        JsonObject claim = submit(OWNER, id(draft(OWNER, Claims.regular(vin).set("faultDescription", "独特故障 unique fault text"))));

        JsonObject vehicle = Claims.ok(Api.as("aurora-e02-claims").get("/platform/api/warranty/vehicles/" + vin));

        assertThat(vehicle.getJsonArray("repairs")).singleElement().satisfies(repair -> {
            assertThat(repair.asJsonObject().getString("claimNumber")).isEqualTo(Claims.number(claim));
            assertThat(repair.asJsonObject().keySet()).containsExactlyInAnyOrder("claimNumber", "repairDate", "mileage", "laborOperations");
        });
        assertThat(vehicle.toString()).doesNotContain("unique fault text").doesNotContain("860");
        assertThat(Api.as("aurora-e02-claims").get(PATH + "/" + id(claim)).status()).isEqualTo(404);
        assertThat(Api.as("aurora-e02-claims").get("/platform/api/cases/" + id(claim) + "/attachments").status()).isEqualTo(404);
        assertThat(Api.as("borealis-e01-claims").get("/platform/api/warranty/vehicles/" + vin).status()).isEqualTo(404);
    }

    @Test
    void preAuthorisationsStatementsAndCampaignsStayWithinReach() {
        Reply requested = Api.as(OWNER).post("/platform/api/pre-authorisations", Json.createObjectBuilder()
                .add("vin", Vins.random()).add("part", "P-30001").add("description", "阀体 valve body").build().toString());
        String authorisation = requested.object().getJsonObject("request").getString("id");
        String expiry = "{\"expiresOn\":\"" + LocalDate.now().plusDays(10) + "\"}";

        assertThat(Api.as("aurora-e02-claims").get("/platform/api/pre-authorisations/" + authorisation).status()).isEqualTo(404);
        assertThat(Api.as("borealis-tac-east").post("/platform/api/pre-authorisations/" + authorisation + "/grant", expiry).status())
                .isEqualTo(404);
        assertThat(Api.as("aurora-e02-claims").get("/platform/api/warranty/statements?dealer=aurora-e01&from=2026-01-01&to=2026-12-31")
                .status()).isEqualTo(404);
        assertThat(Api.as("aurora-fmc-south").get("/platform/api/warranty/statements?dealer=aurora-e01&from=2026-01-01&to=2026-12-31")
                .status()).isEqualTo(404);
        assertThat(Api.as("aurora-fmc-east").get("/platform/api/warranty/statements?dealer=aurora-e01&from=2026-01-01&to=2026-12-31")
                .status()).isEqualTo(200);
        assertThat(Api.as("aurora-e01-claims").post("/platform/api/warranty/campaigns", "{}").status()).isIn(400, 403);
        assertThat(Api.as("borealis-claims").get("/platform/api/warranty/campaigns").array().stream()
                .map(c -> c.asJsonObject().getString("code"))).allMatch(code -> !code.startsWith("RC-TAG"));
    }

    @Test
    void aRepairDatedTodayWhereTheNetworkWorksIsNotInTheFuture() {
        String shanghaiToday = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Reply drafted = Api.as(OWNER).post(PATH, Claims.regular(Vins.random()).set("repairDate", shanghaiToday).json());

        assertThat(drafted.status()).as("between 16:00 and 24:00 UTC, Shanghai's today is UTC's tomorrow: %s", drafted).isEqualTo(201);
    }

    @Test
    void badClaimsAreRefusedWithTheFieldNamedAndNothingStored() {
        String vin = Vins.random();
        assertField(Api.as(OWNER).post(PATH, Claims.regular(Vins.withWrongCheckDigit(vin)).json()), "vin");
        assertField(Api.as(OWNER).post(PATH, Claims.regular(vin).set("model", "Z9").json()), "model");
        assertField(Api.as(OWNER).post(PATH, Claims.regular(vin).set("mileage", -1).json()), "mileage");
        assertField(Api.as(OWNER).post(PATH, Claims.regular(vin).set("repairDate", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString()).json()),
                "repairDate");
        assertField(Api.as(OWNER).post(PATH, Claims.regular(vin).set("warrantyCode", "x").json()), "warrantyCode");
        assertField(Api.as(OWNER).post(PATH, Claims.regular(vin).labor("EN-101", "-2").json()), "labor[0].hours");
        assertField(Api.as(OWNER).post(PATH, Claims.of("CAMPAIGN", vin).json()), "campaign");
        assertField(Api.as(OWNER).post(PATH + "/batches", "{\"claims\":[" + Claims.regular(vin).json() + "]}"),
                "claims[0].idempotencyKey");
        assertThat(Api.as("aurora-tac-east").post(PATH, Claims.regular(vin).json()).status()).isEqualTo(403);

        String stored = Claims.number(draft(OWNER, Claims.regular(vin)));
        assertThat(com.dealerhub.it.support.Cases.awaitSearch("aurora-analyst", vin, java.time.Duration.ofSeconds(10), found -> !found.isEmpty()))
                .as("only the valid claim was stored").containsExactly(stored);
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.object().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .as("%s", reply).contains(field);
    }
}
