package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.ok;
import static com.dealerhub.it.support.Claims.state;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * China's three guarantees (三包): claims on one VIN at two dealers of a region add up on one ledger,
 * its warning level rises with the same problem's repairs until replacement or refund is due, and the
 * region's FMC hears of it once; the ledger is the network's (another network gets 404); head office's
 * quality department alone keeps the rule versions.
 */
class ThreeGuaranteesIT {

    private static final String LEDGER = "/platform/api/three-guarantees/vehicles/";
    private static final String RULES = "/platform/api/three-guarantees/rules/";
    private static final String FMC = "aurora-fmc-east";

    /** The same timing-chain repair, 40 days apart (outside the duplicate window), at alternating dealers. */
    private static void claim(String clerk, String vin, int repair, int ofRepairs) {
        LocalDate repairDate = LocalDate.now().minusDays(3 + 40L * (ofRepairs - 1 - repair));
        JsonObject claim = draft(clerk, Claims.regular(vin).set("repairOrder", "RO-3G-" + repair)
                .set("repairDate", repairDate.toString()).set("mileage", 10_000 + 1_000L * repair));
        assertThat(state(submit(clerk, id(claim)))).as("claim %d", repair).isNotIn("RETURNED", "REJECTED");
    }

    private static JsonObject ledger(String user, String vin) {
        return ok(Api.as(user).get(LEDGER + vin));
    }

    private static long redWarningsFor(String vin) {
        return ok(Api.as(FMC).get("/platform/api/notifications/inbox")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("template").equals("THREE_GUARANTEES_DUE") && item.getString("title").contains(vin))
                .count();
    }

    @Test
    void claimsAtTwoDealersAddUpAndTheFmcHearsOnceWhenReplacementIsDue() {
        String vin = Vins.random();
        int repairs = 6;
        String[] clerks = {"aurora-e01-claims", "aurora-e02-claims"};
        claim(clerks[0], vin, 0, repairs);
        claim(clerks[1], vin, 1, repairs);
        assertThat(ledger(clerks[0], vin).getString("level")).isEqualTo("NONE");

        claim(clerks[0], vin, 2, repairs);
        JsonObject third = ledger(clerks[1], vin);
        assertThat(third.getString("level")).isEqualTo("YELLOW");
        assertThat(third.getJsonObject("sameProblem").getInt("EN-101")).isEqualTo(3);
        assertThat(third.getBoolean("insidePeriod")).isTrue();
        assertThat(third.getJsonArray("repairs").getValuesAs(JsonObject.class)).extracting(r -> r.getString("dealer"))
                .containsExactlyInAnyOrder("aurora-e01", "aurora-e02", "aurora-e01");
        assertThat(third.toString()).as("another dealer's amounts and texts").doesNotContain("amount", "860", "正时链条");

        claim(clerks[1], vin, 3, repairs);
        assertThat(ledger("aurora-quality", vin).getString("level")).isEqualTo("ORANGE");
        assertThat(redWarningsFor(vin)).isZero();

        claim(clerks[0], vin, 4, repairs);
        JsonObject due = ledger(clerks[0], vin);
        assertThat(due.getString("level")).isEqualTo("RED");
        assertThat(due.getJsonArray("reasons").getValuesAs(JsonObject.class)).extracting(r -> r.getString("code"))
                .contains("SAME_PROBLEM:EN-101");
        assertThat(due.getJsonArray("reasons").getJsonObject(0).getString("zh")).contains("同一质量问题");
        assertThat(redWarningsFor(vin)).isEqualTo(1);

        claim(clerks[1], vin, 5, repairs);
        assertThat(ledger(clerks[1], vin).getJsonObject("sameProblem").getInt("EN-101")).isEqualTo(6);
        assertThat(redWarningsFor(vin)).as("once per VIN and reason").isEqualTo(1);
    }

    @Test
    void aMalformedVinIsRefusedAndAnUnknownOrForeignOneIsNotFound() {
        Reply malformed = Api.as("aurora-e01-claims").get(LEDGER + "NOT-A-VIN");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.object().getString("field")).isEqualTo("vin");

        assertThat(Api.as("aurora-e01-claims").get(LEDGER + Vins.random()).status()).isEqualTo(404);

        String vin = Vins.random();
        claim("aurora-e01-claims", vin, 0, 1);
        assertThat(Api.as("aurora-s01-claims").get(LEDGER + vin).status()).as("a dealer of the same network").isEqualTo(200);
        assertThat(Api.as("borealis-e01-claims").get(LEDGER + vin).status()).as("a dealer of another network").isEqualTo(404);
    }

    @Test
    void onlyTheQualityDepartmentAddsRuleVersionsAndABadOneIsRefusedNamingTheField() {
        String good = """
                {"periodMonths":24,"periodKm":50000,"repairWarrantyMonths":36,"repairWarrantyKm":60000,"maxRepairDays":30,
                 "maxSameProblemRepairs":4,"seriousSafetyRepairs":2,"majorPartReplacements":2,"loanerFromDay":6,
                 "yellowRepairDays":20,"orangeRepairDays":25,"yellowSameProblemRepairs":3,"orangeSameProblemRepairs":4}""";
        String date = "2190-01-01";
        assertThat(Api.as("aurora-claims").put(RULES + date, good).status()).isEqualTo(403);
        assertThat(Api.as("aurora-e01-admin").put(RULES + date, good).status()).isEqualTo(403);

        Reply bad = Api.as("aurora-quality").put(RULES + date, good.replace("\"orangeRepairDays\":25", "\"orangeRepairDays\":31"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.object().getString("field")).isEqualTo("orangeRepairDays");
        Reply past = Api.as("aurora-quality").put(RULES + "2022-01-01", good);
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.object().getString("field")).isEqualTo("effectiveFrom");

        Reply added = Api.as("aurora-quality").put(RULES + date, good.replace("\"loanerFromDay\":6", "\"loanerFromDay\":5"));
        assertThat(added.status()).as("%s", added).isEqualTo(200);
        List<JsonObject> versions = added.array().getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getString("effectiveFrom")).contains("2022-01-01", date);
        assertThat(Api.as("aurora-quality").get(RULES.substring(0, RULES.length() - 1)).array()).hasSizeGreaterThanOrEqualTo(2);
    }
}
