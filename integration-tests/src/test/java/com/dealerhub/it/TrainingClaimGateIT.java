package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Training;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certification as a gate on warranty labour: HV-601 requires EV_HV level 1, so a claim for it passes
 * auto-adjudication only when one of the technicians it names held a valid certificate on the repair
 * date; a certificate that expired the day before returns the claim with the reason. Technicians
 * must be on the claiming dealer's roster (400 naming {@code technicians[i]}); the claim form lists
 * them; the catalogue shows and imports the requirement.
 */
class TrainingClaimGateIT {

    private static final String CLERK = "aurora-e01-claims";

    @Test
    void aTechnicianWhoseCertificateExpiredTheDayBeforeTheRepairHasTheClaimReturned() throws SQLException {
        LocalDate repaired = Training.today().minusDays(3);
        var technician = Training.hire("aurora", "aurora-e01", "TECHNICIAN", "高压测试 " + Cases.uniqueWord());
        var certificate = Training.certify("aurora", "aurora-e01", technician, "EV_HV", 1, repaired.minusYears(1),
                repaired.minusDays(1), application());

        JsonObject claim = Claims.submit(CLERK, Claims.id(Claims.draft(CLERK, hvClaim(repaired, technician.staffNumber()))));

        assertThat(Claims.state(claim)).isEqualTo("RETURNED");
        assertThat(Claims.failedReasons(claim)).containsExactly("CertifiedTechnicians: labor operation HV-601 requires a technician"
                + " certified EV_HV level 1 or higher on the repair date " + repaired + ": certificate " + certificate.number()
                + " of " + nameOf(claim) + " (" + technician.staffNumber() + ") expired: valid through " + repaired.minusDays(1));
    }

    @Test
    void theSameClaimWithAValidCertificatePasses() throws SQLException {
        LocalDate repaired = Training.today().minusDays(3);
        var technician = Training.hire("aurora", "aurora-e01", "TECHNICIAN", "高压测试 " + Cases.uniqueWord());
        var helper = Training.hire("aurora", "aurora-e01", "TECHNICIAN", "学徒 " + Cases.uniqueWord());
        Training.certify("aurora", "aurora-e01", technician, "EV_HV", 1, repaired, repaired.plusMonths(12).minusDays(1), application());

        JsonObject draft = Claims.draft(CLERK, hvClaim(repaired, helper.staffNumber(), technician.staffNumber()));
        assertThat(draft.getJsonArray("technicians").getValuesAs(JsonObject.class)).extracting(t -> t.getString("staffNumber"))
                .containsExactly(helper.staffNumber(), technician.staffNumber());
        JsonObject claim = Claims.submit(CLERK, Claims.id(draft));

        assertThat(Claims.failedReasons(claim)).isEmpty();
        assertThat(Claims.state(claim)).isNotIn("RETURNED", "REJECTED");
        assertThat(claim.getJsonObject("adjudication").getJsonArray("results").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getString("rule")).isEqualTo("CertifiedTechnicians"));

        List<JsonObject> offered = Api.as(CLERK).get(Claims.PATH + "/technicians").array().getValuesAs(JsonObject.class);
        assertThat(offered).filteredOn(t -> t.getString("staffNumber").equals(technician.staffNumber())).singleElement()
                .satisfies(t -> assertThat(t.getJsonArray("validCertificates").getValuesAs(JsonObject.class))
                        .extracting(c -> c.getString("programme")).containsExactly("EV_HV"));
        assertThat(Api.as("aurora-e02-claims").get(Claims.PATH + "/technicians").array().getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("staffNumber")).doesNotContain(technician.staffNumber());
    }

    @Test
    void aNamedTechnicianMustBeOnTheClaimingDealersRoster() throws SQLException {
        LocalDate repaired = Training.today().minusDays(3);
        var ours = Training.hire("aurora", "aurora-e01", "TECHNICIAN", "本店 " + Cases.uniqueWord());
        var theirs = Training.hire("aurora", "aurora-e02", "TECHNICIAN", "他店 " + Cases.uniqueWord());

        assertField(Api.as(CLERK).post(Claims.PATH, hvClaim(repaired, ours.staffNumber(), theirs.staffNumber()).json()), "technicians[1]");
        assertField(Api.as(CLERK).post(Claims.PATH, hvClaim(repaired, "NOBODY-0000").json()), "technicians[0]");
        assertField(Api.as(CLERK).post(Claims.PATH, hvClaim(repaired, ours.staffNumber(), ours.staffNumber()).json()), "technicians[1]");
        assertThat(Api.as(CLERK).post(Claims.PATH, hvClaim(repaired, "").json()).status()).isEqualTo(400);
    }

    @Test
    void theCatalogueShowsAndImportsWhatALabourOperationRequires() {
        List<JsonObject> operations = Api.as(CLERK).get("/platform/api/warranty/catalogue/labor-operations").array()
                .getValuesAs(JsonObject.class);
        assertThat(operations).filteredOn(o -> o.getString("code").equals("HV-601")).singleElement().satisfies(o -> {
            assertThat(o.getString("requiredProgramme")).isEqualTo("EV_HV");
            assertThat(o.getInt("requiredLevel")).isEqualTo(1);
        });
        assertThat(operations).filteredOn(o -> o.getString("code").equals("EN-101")).singleElement()
                .satisfies(o -> assertThat(o.get("requiredProgramme")).isIn(null, JsonValue.NULL));

        String code = "IT-HV-" + Cases.uniqueWord().substring(3, 11);
        String path = "/platform/api/warranty/catalogue/labor-operations";
        Reply imported = csv("code,description,flatRateHours,requiredProgramme,requiredLevel\n"
                + code + ",高压测试,2.0,TECHNICIAN,3\n");
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(Api.as(CLERK).get(path).array().getValuesAs(JsonObject.class))
                .filteredOn(o -> o.getString("code").equals(code)).singleElement()
                .satisfies(o -> assertThat(o.getInt("requiredLevel")).isEqualTo(3));

        assertField(csv("code,description,flatRateHours,requiredProgramme,requiredLevel\n"
                + code + ",高压测试,2.0,TECHNICIAN,7\n"), "csv");
        assertField(csv("code,description,flatRateHours,requiredProgramme,requiredLevel\n"
                + code + ",高压测试,2.0,,1\n"), "csv");
        assertThat(Api.as(CLERK).get(path).array().getValuesAs(JsonObject.class))
                .filteredOn(o -> o.getString("code").equals(code)).singleElement()
                .satisfies(o -> assertThat(o.getString("requiredProgramme")).isEqualTo("TECHNICIAN"));
    }

    private static Reply csv(String text) {
        return Api.as("aurora-claims").upload("/platform/api/warranty/catalogue/labor-operations", "text/csv",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Claims.Body hvClaim(LocalDate repaired, String... technicians) {
        return Claims.regular(Vins.random()).set("repairDate", repaired.toString()).labor("HV-601", "5.0").technicians(technicians);
    }

    private static String application() {
        return Cases.open(CLERK, "认证 " + Cases.uniqueWord(), "certification").getString("id");
    }

    private static String nameOf(JsonObject claim) {
        return claim.getJsonArray("technicians").getJsonObject(0).getString("name");
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.object().getString("field")).isEqualTo(field);
    }
}
