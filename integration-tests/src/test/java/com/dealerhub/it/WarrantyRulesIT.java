package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.dealerhub.it.support.Claims.PATH;
import static com.dealerhub.it.support.Claims.act;
import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.failedReasons;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.ok;
import static com.dealerhub.it.support.Claims.state;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warranty rules a dealer could slip past: a special part claimed under another kind,
 * evidence supplied by the wrong party, a grant stretched over earlier repairs or several claims,
 * a vehicle record contradicted, an idempotency key reused for another claim, amounts the
 * system cannot compute with.
 */
class WarrantyRulesIT {

    private static final String CLERK = "aurora-e01-claims";
    private static final String TAC = "aurora-tac-east";
    private static final String PREAUTH = "/platform/api/pre-authorisations";

    @Test
    void aSpecialPartNeedsATacPreAuthorisationWhateverKindOfClaimTheDealerChooses() {
        String vin = Vins.random();
        Claims.Body regular = Claims.regular(vin).labor("AC-201", "2.2").parts(Claims.part("P-20001", 1, "3200.00"))
                .set("repairDate", LocalDate.now().toString());

        JsonObject withoutGrant = submit(CLERK, id(draft(CLERK, regular)));

        assertThat(state(withoutGrant)).isEqualTo("RETURNED");
        assertThat(failedReasons(withoutGrant)).containsExactly(
                "AuthorisationPresentAndUnexpired: special or assembly part P-20001 needs a TAC pre-authorisation");

        String grant = grantedFor(vin, "P-20001", 1);
        JsonObject withGrant = submit(CLERK, id(draft(CLERK, regular.set("preAuthorisation", grant))));
        assertThat(state(withGrant)).as("%s", failedReasons(withGrant)).isEqualTo("PENDING_CLAIMS");
    }

    @Test
    void aSignedStatementCountsOnlyWhenTheFmcAttachedIt() {
        String vin = Vins.random();
        assertThat(state(submit(CLERK, id(draft(CLERK, Claims.regular(vin).set("mileage", 50_000)))))).isEqualTo("PENDING_CLAIMS");
        String id = id(draft(CLERK, Claims.of("ODOMETER_ROLLBACK", vin).labor("BR-401", "0.9")
                .parts(Claims.part("P-40001", 1, "380.00")).set("mileage", 30_000)));
        Claims.attach(CLERK, id, "EXPLANATION", "说明.pdf", "application/pdf", Claims.PDF);
        Claims.attach(CLERK, id, "PHOTO", "里程表.png", "image/png", Claims.PNG);
        Claims.attach(CLERK, id, "SIGNED_STATEMENT", "自签确认书.pdf", "application/pdf", Claims.PDF);
        assertThat(state(submit(CLERK, id))).isEqualTo("PENDING_FMC");

        Reply signedByTheDealer = Api.as("aurora-fmc-east").post(PATH + "/" + id + "/approve", "{}");

        assertThat(signedByTheDealer.status()).as("%s", signedByTheDealer).isEqualTo(400);
        assertThat(signedByTheDealer.object().getString("field")).isEqualTo("attachments");
        assertThat(state(ok(Api.as(CLERK).get(PATH + "/" + id)))).isEqualTo("PENDING_FMC");
        Claims.attach("aurora-fmc-east", id, "SIGNED_STATEMENT", "里程确认书.pdf", "application/pdf", Claims.PDF);
        assertThat(state(act("aurora-fmc-east", id, "approve", null))).isEqualTo("PENDING_CLAIMS");
    }

    @Test
    void aGrantCoversRepairsFromTheDayItWasGrantedAndTheNumberOfClaimsItWasGrantedFor() {
        String vin = Vins.random();
        String grant = grantedFor(vin, "P-20001", 1);
        Claims.Body earlierRepair = special(vin, grant).set("repairDate", LocalDate.now().minusDays(100).toString());

        JsonObject before = submit(CLERK, id(draft(CLERK, earlierRepair)));

        assertThat(state(before)).isEqualTo("RETURNED");
        assertThat(failedReasons(before)).singleElement().asString().contains("was granted on " + LocalDate.now() + ", after the repair");

        JsonObject first = submit(CLERK, id(draft(CLERK, special(vin, grant).set("repairOrder", "RO-FIRST"))));
        assertThat(state(first)).as("%s", failedReasons(first)).isEqualTo("PENDING_CLAIMS");
        JsonObject second = submit(CLERK, id(draft(CLERK, special(vin, grant).set("repairOrder", "RO-SECOND")
                .labor("EN-102", "0.8"))));
        assertThat(state(second)).isEqualTo("RETURNED");
        assertThat(failedReasons(second)).singleElement().asString().contains("covers 1 claim(s), already used by " + Claims.number(first));

        String forTwo = grantedFor(vin, "P-20001", 2);
        assertThat(state(submit(CLERK, id(draft(CLERK, special(vin, forTwo).set("repairOrder", "RO-THIRD").labor("EN-102", "0.8"))))))
                .isEqualTo("PENDING_CLAIMS");
    }

    @Test
    void aClaimThatContradictsTheVehicleRecordIsRefusedUntilHeadOfficeCorrectsTheRecord() {
        String vin = Vins.random();
        String typo = LocalDate.now().minusYears(9).toString();
        assertThat(state(submit(CLERK, id(draft(CLERK, Claims.regular(vin).set("saleDate", typo)))))).isEqualTo("REJECTED");

        Reply contradicting = Api.as(CLERK).post(PATH, Claims.regular(vin).labor("BR-401", "0.9").json());

        assertThat(contradicting.status()).as("%s", contradicting).isEqualTo(400);
        assertThat(contradicting.object().getString("field")).isEqualTo("saleDate");
        assertThat(contradicting.object().getString("detail")).contains("registered as sold on " + typo);

        String actual = LocalDate.now().minusYears(1).toString();
        String correction = Json.createObjectBuilder().add("model", "S3").add("saleDate", actual)
                .add("reason", "首次索赔日期录入错误 sale date typed wrong in the first claim").build().toString();
        assertThat(Api.as(CLERK).put("/platform/api/warranty/vehicles/" + vin, correction).status()).isEqualTo(403);
        JsonObject corrected = ok(Api.as("aurora-claims").put("/platform/api/warranty/vehicles/" + vin, correction));
        assertThat(corrected.getString("saleDate")).isEqualTo(actual);
        assertThat(Api.as("aurora-it").get("/tenant-admin/api/audit?target=" + vin).array())
                .anySatisfy(entry -> assertThat(entry.toString()).contains("VEHICLE_CORRECTED").contains(typo).contains(actual));

        JsonObject next = submit(CLERK, id(draft(CLERK, Claims.regular(vin).labor("BR-401", "0.9"))));
        assertThat(state(next)).as("%s", failedReasons(next)).isEqualTo("PENDING_CLAIMS");
        assertThat(next.getJsonObject("repair").getString("saleDate")).isEqualTo(actual);
    }

    @Test
    void onlyAnApprovalSetsTheApprovedAmount() {
        String vin = Vins.random();
        JsonObject drafted = draft(CLERK, Claims.regular(vin));
        assertThat(approvedAmountOf(drafted)).as("draft: %s", drafted).isNull();
        assertThat(drafted.getJsonObject("lines").getJsonArray("labor").getJsonObject(0).containsKey("approvedAmount")).isFalse();
        String id = id(drafted);
        assertThat(approvedAmountOf(submit(CLERK, id))).as("pending").isNull();
        assertThat(approvedAmountOf(act("aurora-claims", id, "return", "请补充工单 add the repair order"))).as("returned").isNull();

        JsonObject approved = act("aurora-claims", id(submit(CLERK, id)), "approve", null);

        assertThat(state(approved)).isEqualTo("APPROVED");
        assertThat(approved.getJsonNumber("approvedAmount").bigDecimalValue())
                .isEqualByComparingTo(approved.getJsonNumber("claimedAmount").bigDecimalValue());
        assertThat(approved.getJsonObject("lines").getJsonArray("labor").getJsonObject(0).getJsonNumber("approvedAmount")).isNotNull();
    }

    @Test
    void anIdempotencyKeyReusedForAnotherClaimIsRefusedAndTheSameClaimAgainAnswersWithTheFirst() {
        String key = "dms-" + Cases.uniqueWord();
        Claims.Body claim = Claims.regular(Vins.random()).set("idempotencyKey", key);
        Claims.Body another = Claims.regular(Vins.random()).set("idempotencyKey", key);
        String first = id(draft(CLERK, claim));

        Reply again = Api.as(CLERK).post(PATH, claim.json());
        Reply reused = Api.as(CLERK).post(PATH, another.json());
        JsonObject batch = ok(Api.as(CLERK).post(PATH + "/batches", "{\"claims\":[" + another.json() + "]}"));

        assertThat(id(again.object())).isEqualTo(first);
        assertThat(reused.status()).as("%s", reused).isEqualTo(409);
        assertThat(reused.object().getString("field")).isEqualTo("idempotencyKey");
        JsonObject item = batch.getJsonArray("results").getJsonObject(0);
        assertThat(item.getString("status")).isEqualTo("REFUSED");
        assertThat(item.getJsonObject("problem").getInt("status")).isEqualTo(409);
    }

    @Test
    void amountsBeyondWhatTheSystemComputesWithAreRefusedNamingTheField() {
        String id = id(submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random())))));

        Reply tiny = Api.as("aurora-claims").post(PATH + "/" + id + "/approve",
                "{\"note\":\"adjusted\",\"labor\":[{\"line\":\"EN-101\",\"amount\":1e-1000000000}]}");
        Reply rate = Api.as("aurora-claims").put("/platform/api/warranty/labor-rates/aurora-e01", "{\"rate\":0.001}");
        Reply total = Api.as(CLERK).post(PATH, Claims.regular(Vins.random()).parts(
                Claims.part("P-10001", 999, "9999999999.99"), Claims.part("P-40001", 999, "9999999999.99")).json());

        assertThat(tiny.status()).as("%s", tiny).isEqualTo(400);
        assertThat(tiny.object().getString("field")).isEqualTo("labor[0].amount");
        assertThat(rate.status()).as("%s", rate).isEqualTo(400);
        assertThat(rate.object().getString("field")).isEqualTo("rate");
        assertThat(total.status()).as("%s", total).isEqualTo(400);
        assertThat(total.object().getString("field")).isEqualTo("parts");
        assertThat(state(ok(Api.as(CLERK).get(PATH + "/" + id)))).isEqualTo("PENDING_CLAIMS");
    }

    private static Object approvedAmountOf(JsonObject claim) {
        return claim.containsKey("approvedAmount") && !claim.isNull("approvedAmount") ? claim.get("approvedAmount") : null;
    }

    /** A regular claim (no photos needed) for a special part, citing the grant, for a repair done today. */
    private static Claims.Body special(String vin, String grant) {
        return Claims.regular(vin).labor("AC-201", "2.2").parts(Claims.part("P-20001", 1, "3200.00"))
                .set("repairDate", LocalDate.now().toString()).set("preAuthorisation", grant);
    }

    /** A pre-authorisation the dealer requested and the TAC granted today, for this many claims. */
    private static String grantedFor(String vin, String part, int claims) {
        Reply requested = Api.as(CLERK).post(PREAUTH, Json.createObjectBuilder()
                .add("vin", vin).add("part", part).add("description", "总成更换 assembly replacement").build().toString());
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        String id = requested.object().getJsonObject("request").getString("id");
        JsonObject granted = ok(Api.as(TAC).post(PREAUTH + "/" + id + "/grant",
                "{\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\",\"claims\":" + claims + "}"));
        assertThat(granted.getInt("claimsAllowed")).isEqualTo(claims);
        assertThat(granted.getString("grantedOn")).isEqualTo(LocalDate.now().toString());
        return id;
    }
}
