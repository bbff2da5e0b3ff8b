package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIT {

    @Test
    void aCaseWrittenThroughTheApiIsFoundByNetworkSearchWithinTwoSeconds() {
        String word = Cases.uniqueWord();
        JsonObject opened = Cases.open("aurora-e02-claims", "Brake check " + word, "制动踏板偏软");
        long start = System.nanoTime();

        List<String> found = Cases.awaitSearch("aurora-analyst", word, Duration.ofSeconds(2), f -> !f.isEmpty());

        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(found).as("found after %d ms", millis).containsExactly(opened.getString("number"));
        assertThat(millis).isLessThanOrEqualTo(2_000);
    }

    @Test
    void chineseTextIsFoundByAWordOfIt() {
        String word = Cases.uniqueWord();
        JsonObject opened = Cases.open("aurora-e01-claims", "变速箱漏油 " + word, "客户反映停车后地面有红色油迹，怀疑变速箱油封老化");
        Cases.awaitSearch("aurora-e01-claims", word, Duration.ofSeconds(10), f -> !f.isEmpty());

        assertThat(Cases.numbersFound("aurora-e01-claims", "油封老化")).contains(opened.getString("number"));
        assertThat(Cases.numbersFound("aurora-e01-claims", "变速箱漏油")).contains(opened.getString("number"));
        assertThat(Cases.numbersFound("aurora-e01-claims", "油老封化")).doesNotContain(opened.getString("number"));
    }

    @Test
    void theCaseNumberFindsTheCase() {
        JsonObject opened = Cases.open("aurora-e01-claims", "By number", "found by its number");
        String number = opened.getString("number");

        assertThat(Cases.awaitSearch("aurora-fmc-east", number, Duration.ofSeconds(10), f -> !f.isEmpty()))
                .containsExactly(number);
    }

    @Test
    void facetsCountTheMatchesAndFiltersNarrowThem() {
        Reply all = Api.as("aurora-analyst").get("/reporting/api/search?size=1");
        JsonObject facets = all.object().getJsonObject("facets");
        long total = all.object().getJsonNumber("total").longValue();

        assertThat(facets.keySet()).containsExactlyInAnyOrder("type", "state", "dealer", "region", "kind", "slaState", "month");
        assertThat(sum(facets, "slaState")).as("every case in one SLA state").isEqualTo(total);
        assertThat(sum(facets, "region")).isEqualTo(total);
        assertThat(sum(facets, "month")).as("every case in the month it was opened").isEqualTo(total);
        assertThat(facets.getJsonArray("region").stream().map(v -> v.asJsonObject().getString("value")))
                .allMatch(region -> region.startsWith("aurora-"));

        Reply south = Api.as("aurora-analyst").get("/reporting/api/search?size=100&region=aurora-south&state=OPEN");
        List<JsonObject> items = south.object().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(items).isNotEmpty()
                .allMatch(item -> item.getString("regionCode").equals("aurora-south") && item.getString("state").equals("OPEN"));
    }

    @Test
    void badSearchParametersAreProblemsNamingTheParameter() {
        Reply reply = Api.as("aurora-analyst").get("/reporting/api/search?from=yesterday");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getString("field")).isEqualTo("from");
    }

    @Test
    void aPagePastElasticsearchsResultWindowIsAProblemNamingPage() {
        for (String paging : List.of("page=500&size=100", "page=100&size=100", "page=500&size=20")) {
            Reply reply = Api.as("aurora-analyst").get("/reporting/api/search?" + paging);

            assertThat(reply.status()).as("%s: %s", paging, reply).isEqualTo(400);
            assertThat(reply.object().getString("field")).isEqualTo("page");
        }
        Reply lastPage = Api.as("aurora-analyst").get("/reporting/api/search?page=99&size=100");
        assertThat(lastPage.status()).as("%s", lastPage).isEqualTo(200);
    }

    @Test
    void hugeAndAbsurdFilterValuesAreProblemsNamingTheParameter() {
        Map<String, String> absurd = new LinkedHashMap<>();
        absurd.put("q", "x".repeat(100_000));
        absurd.put("minAmount", "1e400");
        absurd.put("maxAmount", "9".repeat(400));
        absurd.put("from", "+999999999-01-01");
        absurd.put("to", "-999999999-12-31");
        absurd.put("vin", "V".repeat(300));
        absurd.put("part", "P".repeat(300));
        absurd.put("laborOperation", "L".repeat(300));
        absurd.put("dueBefore", "+999999999-01-01");
        for (String repeated : List.of("type", "state", "dealer", "region", "kind", "slaState")) {
            absurd.put(repeated, "x".repeat(50_000));
        }
        absurd.forEach((parameter, value) -> {
            Reply reply = Api.as("aurora-analyst").get("/reporting/api/search?" + parameter + "=" + Api.encode(value));

            assertThat(reply.status()).as("%s: %s", parameter, reply).isEqualTo(400);
            assertThat(reply.object().getString("field")).isEqualTo(parameter);
        });

        Reply manyDealers = Api.as("aurora-analyst").get("/reporting/api/search?" + "dealer=aurora-e01&".repeat(101));
        assertThat(manyDealers.status()).isEqualTo(400);
        assertThat(manyDealers.object().getString("field")).isEqualTo("dealer");
    }

    @Test
    void aWarrantyClaimIsIndexedWithItsOwnFieldsBesideEveryCommonOne() {
        String vin = Vins.random();
        JsonObject claim = Claims.draft("aurora-e01-claims", Claims.regular(vin));
        String filters = "&kind=REGULAR&part=P-10001&laborOperation=EN-101&minAmount=860&slaState=NONE";
        assertThat(Cases.awaitSearch("aurora-e01-claims", vin, Duration.ofSeconds(10), found -> !found.isEmpty()))
                .containsExactly(Claims.number(claim));

        Reply reply = Api.as("aurora-e01-claims").get("/reporting/api/search?q=" + vin + filters);
        JsonObject item = reply.object().getJsonArray("items").getJsonObject(0);
        assertThat(reply.object().getInt("total")).as("%s", reply).isEqualTo(1);
        assertThat(item.keySet()).contains("id", "number", "type", "state", "network", "dealerCode", "dealerName", "regionCode",
                "regionName", "subject", "description", "createdBy", "createdAt", "updatedAt", "version", "timeline",
                "vin", "kind", "model", "repairOrder", "repairDate", "mileage", "cause", "laborOperations", "parts", "campaign",
                "amount", "settledAt", "clocks", "nextDueAt", "slaState");
        assertThat(item.getString("type")).isEqualTo("WARRANTY");
        assertThat(item.getString("vin")).isEqualTo(vin);
        assertThat(item.getString("model")).isEqualTo("S3");
        assertThat(item.getJsonArray("laborOperations").getString(0)).isEqualTo("EN-101");
        assertThat(item.getJsonArray("parts").getString(0)).isEqualTo("P-10001");
        assertThat(Api.as("aurora-e01-claims").get("/reporting/api/search?q=" + vin + "&kind=CAMPAIGN").object().getInt("total")).isZero();
    }

    @Test
    void thePlatformOperatorHasNoNetworkSearch() {
        assertThat(Api.as("platform-admin").get("/reporting/api/search").status()).isEqualTo(403);
    }

    private static long sum(JsonObject facets, String facet) {
        return facets.getJsonArray(facet).stream().mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue()).sum();
    }
}
