package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Training;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates over the API: their status read live (valid, in the renewal window, expired, which
 * stays visible), the filters, a dealer's reach through its roster (another dealer's certificate
 * answers 404), "my certificates", coverage per dealer and region, and bad parameters.
 */
class TrainingCertificatesIT {

    private static final String PATH = "/platform/api/training/certificates";
    private static final String ADMIN = "aurora-e01-admin";

    @Test
    void aDealerSeesItsPeoplesCertificatesWithTheirLiveStatusAndOthersAnswer404() throws SQLException {
        LocalDate today = Training.today();
        var person = Training.hire("aurora", "aurora-e01", "TECHNICIAN", "证书测试 " + Cases.uniqueWord());
        String application = Cases.open("aurora-e01-claims", "认证 " + Cases.uniqueWord(), "certification").getString("id");
        var valid = Training.certify("aurora", "aurora-e01", person, "TECHNICIAN", 2, today.minusMonths(3), today.plusDays(200), application);
        var expiring = Training.certify("aurora", "aurora-e01", person, "EV_HV", 1, today.minusMonths(11), today.plusDays(20), application);
        var expired = Training.certify("aurora", "aurora-e01", person, "SERVICE_ADVISOR", 1, today.minusYears(2), today.minusDays(1),
                application);

        Map<String, String> statuses = list(ADMIN, "?dealer=aurora-e01").stream()
                .filter(c -> c.getJsonObject("holder").getString("staffNumber").equals(person.staffNumber()))
                .collect(Collectors.toMap(c -> c.getString("number"), c -> c.getString("status")));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(valid.number(), "VALID", expiring.number(), "IN_RENEWAL_WINDOW",
                expired.number(), "EXPIRED"));

        JsonObject one = ok(Api.as(ADMIN).get(PATH + "/" + expiring.id()));
        assertThat(one.getString("validThrough")).isEqualTo(today.plusDays(20).toString());
        assertThat(one.getInt("daysLeft")).isEqualTo(20);
        assertThat(one.getJsonArray("currentDealers").getString(0)).isEqualTo("aurora-e01");
        assertThat(Api.as("aurora-analyst").get(PATH + "/" + expired.id()).status()).isEqualTo(200);
        assertThat(Api.as("aurora-fmc-east").get(PATH + "/" + expired.id()).status()).isEqualTo(200);

        assertThat(Api.as("aurora-e02-admin").get(PATH + "/" + valid.id()).status()).isEqualTo(404);
        assertThat(Api.as("aurora-fmc-south").get(PATH + "/" + valid.id()).status()).isEqualTo(404);
        assertThat(Api.as("borealis-e01-admin").get(PATH + "/" + valid.id()).status()).isEqualTo(404);
        assertThat(numbers(list("aurora-e02-admin", ""))).doesNotContain(valid.number(), expiring.number(), expired.number());

        assertThat(numbers(list(ADMIN, "?expiringWithinDays=30"))).contains(expiring.number()).doesNotContain(valid.number(), expired.number());
        assertThat(numbers(list(ADMIN, "?status=EXPIRED"))).contains(expired.number()).doesNotContain(valid.number(), expiring.number());
        assertThat(numbers(list(ADMIN, "?status=VALID&programme=TECHNICIAN"))).contains(valid.number()).doesNotContain(expiring.number());
        assertThat(numbers(list("aurora-training", "?programme=EV_HV&dealer=aurora-e01"))).contains(expiring.number())
                .doesNotContain(valid.number());
        assertThat(numbers(list("aurora-training", "?dealer=aurora-e02"))).doesNotContain(valid.number());
    }

    @Test
    void myCertificatesAreThoseOfThePersonWithMyUsername() throws SQLException {
        LocalDate today = Training.today();
        var me = Training.personOf("aurora", "aurora-e01", "aurora-e01-claims");
        String application = Cases.open("aurora-e01-claims", "认证 " + Cases.uniqueWord(), "certification").getString("id");
        var mine = Training.certify("aurora", "aurora-e01", me, "TECHNICIAN", 1, today.minusYears(3), today.minusYears(1), application);

        List<JsonObject> certificates = Api.as("aurora-e01-claims").get(PATH + "/mine").array().getValuesAs(JsonObject.class);
        assertThat(certificates).filteredOn(c -> c.getString("number").equals(mine.number()))
                .singleElement().satisfies(c -> assertThat(c.getString("status")).isEqualTo("EXPIRED"));
        assertThat(numbers(Api.as("aurora-e01-admin").get(PATH + "/mine").array().getValuesAs(JsonObject.class)))
                .doesNotContain(mine.number());
    }

    @Test
    void coverageIsPerDealerAndRegionWithinReach() throws SQLException {
        LocalDate today = Training.today();
        var person = Training.hire("aurora", "aurora-e01", "TECHNICIAN", "覆盖测试 " + Cases.uniqueWord());
        String application = Cases.open("aurora-e01-claims", "认证 " + Cases.uniqueWord(), "certification").getString("id");
        Training.certify("aurora", "aurora-e01", person, "EV_HV", 1, today.minusMonths(1), today.plusMonths(11), application);

        JsonObject east = ok(Api.as("aurora-fmc-east").get("/platform/api/training/coverage?programme=EV_HV"));
        List<JsonObject> dealers = east.getJsonArray("dealers").getValuesAs(JsonObject.class);
        assertThat(dealers).isNotEmpty().allSatisfy(d -> {
            assertThat(d.getString("region")).isEqualTo("aurora-east");
            assertThat(d.getString("programme")).isEqualTo("EV_HV");
            assertThat(d.getBoolean("required")).isTrue();
        });
        JsonObject e01 = dealers.stream().filter(d -> d.getString("dealer").equals("aurora-e01")).findFirst().orElseThrow();
        assertThat(e01.getBoolean("met")).isTrue();
        assertThat(e01.getInt("holders")).isPositive().isLessThanOrEqualTo(e01.getInt("inRole"));
        assertThat(e01.getJsonNumber("share").doubleValue()).isBetween(0.0, 1.0);
        JsonObject region = east.getJsonArray("regions").getJsonObject(0);
        assertThat(region.getString("region")).isEqualTo("aurora-east");
        assertThat(region.getInt("dealers")).isEqualTo(dealers.size());
        assertThat(region.getInt("dealersMet")).isPositive();

        JsonObject own = ok(Api.as("aurora-e02-advisor").get("/platform/api/training/coverage"));
        assertThat(own.getJsonArray("dealers").getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getString("dealer")).isEqualTo("aurora-e02"));
    }

    @Test
    void badParametersAnswer400NamingThem() {
        assertField(Api.as(ADMIN).get(PATH + "?expiringWithinDays=soon"), "expiringWithinDays");
        assertField(Api.as(ADMIN).get(PATH + "?expiringWithinDays=99999"), "expiringWithinDays");
        assertField(Api.as(ADMIN).get(PATH + "?status=LAPSED"), "status");
        assertField(Api.as(ADMIN).get("/platform/api/training/coverage?programme=" + "X".repeat(41)), "programme");
        assertThat(Api.as(ADMIN).get(PATH + "/not-a-uuid").status()).isIn(400, 404);
        assertThat(Api.anonymous().get(PATH).status()).isEqualTo(401);
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.object().getString("field")).isEqualTo(field);
    }

    private static List<JsonObject> list(String user, String query) {
        Reply reply = Api.as(user).get(PATH + query);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static List<String> numbers(List<JsonObject> certificates) {
        return certificates.stream().map(c -> c.getString("number")).toList();
    }
}
