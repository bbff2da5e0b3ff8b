package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.dealerhub.it.support.Claims.PATH;
import static com.dealerhub.it.support.Claims.act;
import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.failedReasons;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.ok;
import static com.dealerhub.it.support.Claims.state;
import static com.dealerhub.it.support.Claims.steps;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each claim kind through its whole approval chain over the API, with auto-adjudication,
 * returns and resubmission, settlement and the dealer's statement.
 */
class WarrantyClaimsIT {

    private static final String CLERK = "aurora-e01-claims";

    @Test
    void aRegularClaimIsReturnedCorrectedApprovedWithAnAdjustmentSettledAndCredited() {
        String vin = Vins.random();
        JsonObject drafted = draft(CLERK, Claims.regular(vin));
        String id = id(drafted);
        BigDecimal rate = drafted.getJsonNumber("laborRate").bigDecimalValue();
        assertThat(state(drafted)).isEqualTo("DRAFT");
        assertThat(drafted.getJsonNumber("claimedAmount").bigDecimalValue())
                .isEqualByComparingTo(rate.multiply(new BigDecimal("3.5")).add(new BigDecimal("860.00")));

        JsonObject submitted = submit(CLERK, id);
        assertThat(state(submitted)).isEqualTo("PENDING_CLAIMS");
        assertThat(submitted.getJsonObject("adjudication").getString("outcome")).isEqualTo("PASS");
        assertThat(submitted.getJsonObject("adjudication").getJsonArray("results")).hasSize(9);
        assertThat(submitted.getJsonObject("adjudication").getInt("settingsVersion")).isPositive();
        assertThat(Claims.queueOf("aurora-claims", vin)).contains(id);
        assertThat(Claims.queueOf("aurora-quality", vin)).doesNotContain(id);

        assertThat(Api.as("aurora-claims").post(PATH + "/" + id + "/return", "{}").status()).isEqualTo(400);
        JsonObject returned = act("aurora-claims", id, "return", "工时超出 labor hours: use 3.0");
        assertThat(state(returned)).isEqualTo("RETURNED");
        assertThat(Claims.queueOf("aurora-claims", vin)).doesNotContain(id);

        ok(Api.as(CLERK).put(PATH + "/" + id, Claims.regular(vin).labor("EN-101", "3.0").json()));
        JsonObject resubmitted = submit(CLERK, id);
        assertThat(state(resubmitted)).isEqualTo("PENDING_CLAIMS");
        assertThat(resubmitted.getInt("submissions")).isEqualTo(2);

        String adjustment = Json.createObjectBuilder().add("note", "按工时标准调整 paid at the standard")
                .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("line", "P-10001").add("amount", 800)))
                .build().toString();
        JsonObject approved = ok(Api.as("aurora-claims").post(PATH + "/" + id + "/approve", adjustment));
        BigDecimal expected = rate.multiply(new BigDecimal("3.0")).add(new BigDecimal("800.00"));
        assertThat(state(approved)).isEqualTo("APPROVED");
        assertThat(approved.getJsonNumber("approvedAmount").bigDecimalValue()).isEqualByComparingTo(expected);

        assertThat(Api.as(CLERK).post(PATH + "/" + id + "/settle", "{}").status()).isEqualTo(403);
        JsonObject settled = ok(Api.as("aurora-claims").post(PATH + "/" + id + "/settle", "{}"));
        assertThat(state(settled)).isEqualTo("SETTLED");
        assertThat(steps(settled)).containsExactly(CLERK + ":OPEN", CLERK + ":SUBMIT", "system:AUTO_ADJUDICATION",
                "aurora-claims:RETURN", CLERK + ":CORRECT", CLERK + ":SUBMIT", "system:AUTO_ADJUDICATION",
                "aurora-claims:APPROVE", "aurora-claims:SETTLE");

        String today = LocalDate.now().toString();
        JsonObject statement = ok(Api.as(CLERK).get("/platform/api/warranty/statements?from=" + today + "&to=" + today));
        assertThat(statement.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("claim").equals(Claims.number(settled)))
                .map(l -> l.getJsonNumber("creditedAmount").bigDecimalValue()).toList())
                .singleElement().satisfies(amount -> assertThat(amount).isEqualByComparingTo(expected));

        assertThat(Cases.awaitSearch("aurora-analyst", vin, Duration.ofSeconds(10), found -> !found.isEmpty()))
                .containsExactly(Claims.number(settled));
    }

    @Test
    void aSpecialPartClaimNeedsAGrantedTacPreAuthorisationAndPhotosThenTacAndClaimsConfirm() {
        String vin = Vins.random();
        // The repair follows the grant: a grant covers repairs from the day it is given.
        Claims.Body body = Claims.of("SPECIAL_PART", vin).labor("AC-201", "2.2").parts(Claims.part("P-20001", 1, "3200.00"))
                .set("repairDate", LocalDate.now().toString());
        String id = id(draft(CLERK, body));
        JsonObject withoutAuthorisation = submit(CLERK, id);
        assertThat(state(withoutAuthorisation)).isEqualTo("RETURNED");
        assertThat(failedReasons(withoutAuthorisation)).anyMatch(r -> r.startsWith("AuthorisationPresentAndUnexpired"))
                .anyMatch(r -> r.equals("RequiredAttachmentsPresent: missing attachments: PHOTO"));

        Reply requested = Api.as(CLERK).post("/platform/api/pre-authorisations", Json.createObjectBuilder()
                .add("vin", vin).add("part", "P-20001").add("description", "压缩机异响需更换总成 Compressor seized").build().toString());
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        String authorisation = requested.object().getJsonObject("request").getString("id");
        assertThat(Api.as("aurora-tac-east").get("/platform/api/pre-authorisations").array().stream()
                .map(p -> p.asJsonObject().getJsonObject("request").getString("id"))).contains(authorisation);
        assertThat(Api.as(CLERK).post("/platform/api/pre-authorisations/" + authorisation + "/grant",
                "{\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\"}").status()).isEqualTo(403);
        ok(Api.as("aurora-tac-east").post("/platform/api/pre-authorisations/" + authorisation + "/grant",
                "{\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\",\"note\":\"同意更换 agreed\"}"));

        ok(Api.as(CLERK).put(PATH + "/" + id, body.set("preAuthorisation", authorisation).json()));
        Claims.attach(CLERK, id, "PHOTO", "压缩机.png", "image/png", Claims.PNG);
        JsonObject submitted = submit(CLERK, id);
        assertThat(state(submitted)).as("%s", failedReasons(submitted)).isEqualTo("PENDING_TAC");
        assertThat(Claims.queueOf("aurora-tac-east", vin)).contains(id);
        assertThat(Api.as("aurora-claims").post(PATH + "/" + id + "/approve", "{}").status()).isEqualTo(403);

        assertThat(state(act("aurora-tac-east", id, "approve", null))).isEqualTo("PENDING_CLAIMS");
        assertThat(state(act("aurora-claims", id, "approve", null))).isEqualTo("APPROVED");
    }

    @Test
    void aCampaignClaimIsForAnImportedVinOnceAndClaimsAndQualityConfirm() {
        String campaign = "RC-" + Cases.uniqueWord().toUpperCase().substring(3, 11);
        String vin = Vins.random();
        Reply published = Api.as("aurora-claims").post("/platform/api/warranty/campaigns", Json.createObjectBuilder()
                .add("code", campaign).add("title", "燃油泵密封圈召回 Fuel pump seal recall")
                .add("laborOperations", Json.createArrayBuilder().add("RC-901"))
                .add("parts", Json.createArrayBuilder().add("P-90001"))
                .add("validFrom", LocalDate.now().minusMonths(1).toString()).add("validTo", LocalDate.now().plusMonths(6).toString())
                .build().toString());
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        StringBuilder vins = new StringBuilder(vin).append('\n');
        for (int i = 0; i < 2000; i++) {
            vins.append(Vins.random()).append('\n');
        }
        Reply imported = Api.as("aurora-claims").upload("/platform/api/warranty/campaigns/" + campaign + "/vehicles", "text/plain",
                vins.toString().getBytes());
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.object().getJsonNumber("vehicles").longValue()).isGreaterThanOrEqualTo(2000);

        Claims.Body body = Claims.of("CAMPAIGN", vin).set("campaign", campaign).labor("RC-901", "0.5")
                .parts(Claims.part("P-90001", 1, "45.00"));
        String id = id(draft(CLERK, body));
        assertThat(state(submit(CLERK, id))).isEqualTo("PENDING_CLAIMS");
        assertThat(state(act("aurora-claims", id, "approve", null))).isEqualTo("PENDING_QUALITY");
        assertThat(Claims.queueOf("aurora-quality", vin)).contains(id);
        assertThat(state(act("aurora-quality", id, "approve", null))).isEqualTo("APPROVED");

        JsonObject again = submit("aurora-e02-claims", id(draft("aurora-e02-claims", body)));
        assertThat(state(again)).isEqualTo("REJECTED");
        assertThat(failedReasons(again)).anyMatch(r -> r.contains("already claimed in campaign " + campaign));
        JsonObject unlisted = submit(CLERK, id(draft(CLERK, Claims.of("CAMPAIGN", Vins.random()).set("campaign", campaign)
                .labor("RC-901", "0.5").parts(Claims.part("P-90001", 1, "45.00")))));
        assertThat(failedReasons(unlisted)).containsExactly("CampaignCoversVehicle: the VIN is not in campaign " + campaign);
    }

    @Test
    void aLowerMileageIsReturnedAsAnOdometerCaseWhichTheFmcConfirmsWithASignedStatement() {
        String vin = Vins.random();
        assertThat(state(submit(CLERK, id(draft(CLERK, Claims.regular(vin).set("mileage", 50_000)))))).isEqualTo("PENDING_CLAIMS");

        JsonObject lower = submit(CLERK, id(draft(CLERK, Claims.regular(vin).labor("BR-401", "0.9")
                .parts(Claims.part("P-40001", 1, "380.00")).set("mileage", 30_000))));
        assertThat(state(lower)).isEqualTo("RETURNED");
        JsonObject vehicle = ok(Api.as("aurora-e02-claims").get("/platform/api/warranty/vehicles/" + vin));
        assertThat(vehicle.getJsonNumber("lastKnownMileage").longValue()).as("known from another dealer's claim").isEqualTo(50_000);
        assertThat(vehicle.getString("warrantyEnds")).isEqualTo(LocalDate.now().minusYears(1).plusMonths(36).toString());
        assertThat(Api.as("borealis-claims").get("/platform/api/warranty/vehicles/" + vin).status()).isEqualTo(404);
        assertThat(failedReasons(lower)).containsExactly("MileageNotRolledBack: mileage 30000 km is below the last known 50000 km: "
                + "submit it as an odometer-rollback claim");

        String id = id(draft(CLERK, Claims.of("ODOMETER_ROLLBACK", vin).labor("BR-401", "0.9")
                .parts(Claims.part("P-40001", 1, "380.00")).set("mileage", 30_000)));
        Claims.attach(CLERK, id, "EXPLANATION", "仪表更换说明.pdf", "application/pdf", Claims.PDF);
        Claims.attach(CLERK, id, "PHOTO", "里程表.png", "image/png", Claims.PNG);
        assertThat(state(submit(CLERK, id))).isEqualTo("PENDING_FMC");
        assertThat(Claims.queueOf("aurora-fmc-east", vin)).contains(id);
        assertThat(Claims.queueOf("aurora-fmc-south", vin)).doesNotContain(id);

        Reply unsigned = Api.as("aurora-fmc-east").post(PATH + "/" + id + "/approve", "{}");
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.object().getString("field")).isEqualTo("attachments");
        Claims.attach("aurora-fmc-east", id, "SIGNED_STATEMENT", "里程确认书.pdf", "application/pdf", Claims.PDF);
        assertThat(state(act("aurora-fmc-east", id, "approve", "仪表已更换 cluster replaced"))).isEqualTo("PENDING_CLAIMS");
        assertThat(state(act("aurora-claims", id, "approve", null))).isEqualTo("PENDING_QUALITY");
        assertThat(state(act("aurora-quality", id, "approve", null))).isEqualTo("APPROVED");
    }

    @Test
    void theSameVinAndLaborOperationWithinTheWindowIsRejectedAsADuplicateAndAnApproverCanReject() {
        String vin = Vins.random();
        String first = id(draft(CLERK, Claims.regular(vin)));
        assertThat(state(submit(CLERK, first))).isEqualTo("PENDING_CLAIMS");

        JsonObject duplicate = submit("aurora-e02-claims", id(draft("aurora-e02-claims", Claims.regular(vin).set("mileage", 42_100))));
        assertThat(state(duplicate)).isEqualTo("REJECTED");
        assertThat(failedReasons(duplicate)).singleElement().asString().startsWith("NotADuplicateClaim");

        assertThat(Api.as("aurora-claims").post(PATH + "/" + first + "/reject", "{}").status()).isEqualTo(400);
        assertThat(state(act("aurora-claims", first, "reject", "非质量问题 not a defect"))).isEqualTo("REJECTED");
        JsonObject afterRejection = submit(CLERK, id(draft(CLERK, Claims.regular(vin).set("mileage", 42_200))));
        assertThat(state(afterRejection)).as("a rejected claim no longer counts").isEqualTo("PENDING_CLAIMS");
    }

    @Test
    void aDmsBatchRetriedCreatesNothingTwiceAndRefusesOnlyTheBadClaim() {
        String batchId = Cases.uniqueWord();
        List<String> vins = List.of(Vins.random(), Vins.random(), Vins.random());
        String batch = "{\"claims\":[" + Claims.regular(vins.get(0)).set("idempotencyKey", batchId + "-1").json() + ","
                + Claims.regular(vins.get(1)).set("idempotencyKey", batchId + "-2").json() + ","
                + Claims.regular(vins.get(2)).set("idempotencyKey", batchId + "-3").labor("XX-000", "1").json() + "]}";

        JsonObject first = ok(Api.as(CLERK).post(PATH + "/batches", batch));
        JsonObject retry = ok(Api.as(CLERK).post(PATH + "/batches", batch));

        assertThat(statuses(first)).containsExactly("CREATED", "CREATED", "REFUSED");
        assertThat(statuses(retry)).containsExactly("ALREADY_RECEIVED", "ALREADY_RECEIVED", "REFUSED");
        assertThat(ids(retry)).isEqualTo(ids(first));
        assertThat(first.getJsonArray("results").getJsonObject(2).getJsonObject("problem").getJsonArray("errors")
                .getJsonObject(0).getString("field"))
                .isEqualTo("labor[0].operation");
        assertThat(first.getJsonArray("results").getJsonObject(0).getString("state")).isEqualTo("PENDING_CLAIMS");
        assertThat(Cases.awaitSearch(CLERK, vins.get(0), Duration.ofSeconds(10), found -> !found.isEmpty())).hasSize(1);
    }

    @Test
    void searchFindsClaimsByKindPartLaborOperationAndAmount() {
        String vin = Vins.random();
        JsonObject claim = submit(CLERK, id(draft(CLERK, Claims.regular(vin).labor("TR-301", "4.0")
                .parts(Claims.part("P-30001", 1, "5400.00")))));
        String number = Claims.number(claim);
        String query = "/reporting/api/search?kind=REGULAR&part=P-30001&laborOperation=TR-301&minAmount=5400&vin=" + vin;

        assertThat(awaitNumbers(query, number)).containsExactly(number);
        assertThat(numbers(Api.as("aurora-analyst").get(query.replace("minAmount=5400", "maxAmount=100")))).doesNotContain(number);
        assertThat(Api.as("aurora-analyst").get("/reporting/api/search?minAmount=lots").status()).isEqualTo(400);
    }

    private static List<String> awaitNumbers(String query, String number) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> found = numbers(Api.as("aurora-analyst").get(query));
        while (!found.contains(number) && System.nanoTime() < deadline) {
            Cases.sleep(100);
            found = numbers(Api.as("aurora-analyst").get(query));
        }
        return found;
    }

    private static List<String> numbers(Reply reply) {
        return ok(reply).getJsonArray("items").stream().map(i -> i.asJsonObject().getString("number")).toList();
    }

    private static List<String> statuses(JsonObject result) {
        return result.getJsonArray("results").stream().map(r -> r.asJsonObject().getString("status")).toList();
    }

    private static List<String> ids(JsonObject result) {
        return result.getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("id", "-")).toList();
    }
}
