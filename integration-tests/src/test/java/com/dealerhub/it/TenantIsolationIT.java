package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case of dealer aurora-e01 (region aurora-east) is invisible to every caller outside its
 * reach, on every endpoint: another dealer, a regional manager of another region, any user
 * of the other network.
 */
class TenantIsolationIT {

    private static final String OWNER = "aurora-e01-claims";
    private static final List<String> OUTSIDERS = List.of(
            "aurora-e02-claims", "aurora-s01-claims", "aurora-fmc-south", "borealis-e01-claims", "borealis-analyst");

    private static String word;
    private static JsonObject ownCase;

    @BeforeAll
    static void dealerOpensACase() {
        word = Cases.uniqueWord();
        ownCase = Cases.open(OWNER, "Isolation check " + word, "only aurora-e01 and its OEM see this");
        List<String> found = Cases.awaitSearch(OWNER, word, Duration.ofSeconds(10), f -> !f.isEmpty());
        assertThat(found).containsExactly(ownCase.getString("number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aurora-e02-claims", "aurora-s01-claims", "aurora-fmc-south", "borealis-e01-claims", "borealis-analyst"})
    void anotherDealersOrRegionsOrNetworksCaseIsNotFound(String outsider) {
        Reply reply = Api.as(outsider).get("/platform/api/cases/" + ownCase.getString("id"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aurora-e02-claims", "aurora-s01-claims", "aurora-fmc-south", "borealis-e01-claims"})
    void anotherDealersOrRegionsOrNetworksCaseCannotBeUpdated(String outsider) {
        Reply reply = Api.as(outsider).post("/platform/api/cases/" + ownCase.getString("id") + "/transitions",
                "{\"action\":\"RESOLVE\",\"note\":\"not mine\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(Api.as(OWNER).get("/platform/api/cases/" + ownCase.getString("id")).object().getString("state"))
                .isEqualTo("OPEN");
    }

    @Test
    void listsShowOnlyCasesWithinReach() {
        for (String outsider : OUTSIDERS) {
            assertThat(caseIdsListedFor(outsider)).as(outsider).doesNotContain(ownCase.getString("id"));
        }
        assertThat(caseIdsListedFor(OWNER)).contains(ownCase.getString("id"));
        assertThat(caseIdsListedFor("aurora-fmc-east")).contains(ownCase.getString("id"));
    }

    @Test
    void aDealerListsOnlyItsOwnCases() {
        Reply reply = Api.as("aurora-e02-claims").get("/platform/api/cases?size=200");

        assertThat(reply.object().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("dealer")).distinct().toList()).containsExactly("aurora-e02");
    }

    @Test
    void aRegionalManagerListsOnlyItsRegionsDealers() {
        Reply reply = Api.as("aurora-fmc-south").get("/platform/api/cases?size=200");

        assertThat(reply.object().getInt("total")).isPositive();
        assertThat(reply.object().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("dealer")).distinct())
                .allMatch(dealer -> dealer.startsWith("aurora-s"));
    }

    @Test
    void searchFindsTheCaseOnlyWithinReach() {
        for (String outsider : OUTSIDERS) {
            assertThat(Cases.numbersFound(outsider, word)).as(outsider).isEmpty();
        }
        assertThat(Cases.numbersFound("aurora-fmc-east", word)).containsExactly(ownCase.getString("number"));
        assertThat(Cases.numbersFound("aurora-analyst", word)).containsExactly(ownCase.getString("number"));
    }

    @Test
    void searchFiltersCannotWidenTheCallersReach() {
        Reply reply = Api.as("aurora-e02-claims").get("/reporting/api/search?dealer=aurora-e01&q=" + word);

        assertThat(reply.object().getInt("total")).isZero();
    }

    @Test
    void theRegionalManagerOfTheDealersRegionWorksTheCase() {
        Reply reply = Api.as("aurora-fmc-east").get("/platform/api/cases/" + ownCase.getString("id"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object().getString("dealer")).isEqualTo("aurora-e01");
    }

    @Test
    void anOemUserCannotOpenACaseForADealerOutsideItsReach() {
        Reply reply = Api.as("aurora-fmc-south").post("/platform/api/cases",
                "{\"type\":\"TECHNICAL_ASSISTANCE\",\"dealer\":\"aurora-e01\",\"subject\":\"outside my regions\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getString("field")).isEqualTo("dealer");
    }

    @Test
    void aDealerCannotOpenACaseForAnotherDealer() {
        Reply reply = Api.as("aurora-e02-claims").post("/platform/api/cases",
                "{\"type\":\"TECHNICAL_ASSISTANCE\",\"dealer\":\"aurora-e01\",\"subject\":\"for someone else\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getString("field")).isEqualTo("dealer");
    }

    @Test
    void theDealerDirectoryShowsOnlyDealersWithinReach() {
        assertThat(dealerCodesFor("aurora-e01-admin")).containsExactly("aurora-e01");
        assertThat(dealerCodesFor("aurora-fmc-east")).allMatch(code -> code.startsWith("aurora-e")).hasSize(4);
        assertThat(dealerCodesFor("aurora-analyst")).hasSize(12).allMatch(code -> code.startsWith("aurora-"));
        assertThat(dealerCodesFor("borealis-analyst")).hasSize(12).allMatch(code -> code.startsWith("borealis-"));
        assertThat(Api.as("aurora-e02-admin").get("/tenant-admin/api/dealers/aurora-e01").status()).isEqualTo(404);
        assertThat(Api.as("borealis-analyst").get("/tenant-admin/api/dealers/aurora-e01").status()).isEqualTo(404);
    }

    private static List<String> caseIdsListedFor(String user) {
        Reply reply = Api.as(user).get("/platform/api/cases?size=200");
        assertThat(reply.status()).as("%s: %s", user, reply).isEqualTo(200);
        return reply.object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(item -> item.getString("id")).toList();
    }

    private static List<String> dealerCodesFor(String user) {
        Reply reply = Api.as(user).get("/tenant-admin/api/dealers");
        assertThat(reply.status()).as("%s: %s", user, reply).isEqualTo(200);
        return reply.array().stream().map(v -> v.asJsonObject().getString("code")).toList();
    }
}
