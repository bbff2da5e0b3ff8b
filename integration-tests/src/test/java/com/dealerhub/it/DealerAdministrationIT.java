package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform operator onboards networks; head office IT shapes its network's regions and dealers. */
class DealerAdministrationIT {

    @Test
    void headOfficeCreatesARegionAndADealerAndMovesIt() {
        String suffix = Cases.uniqueWord().substring(3, 9);
        String region = "aurora-north-" + suffix;
        String dealer = "aurora-n-" + suffix;

        assertThat(Api.as("aurora-it").post("/tenant-admin/api/regions",
                "{\"code\":\"" + region + "\",\"name\":\"华北大区 North\"}").status()).isEqualTo(201);
        Reply created = Api.as("aurora-it").post("/tenant-admin/api/dealers",
                "{\"code\":\"" + dealer + "\",\"region\":\"" + region + "\",\"name\":\"极光汽车天津服务中心\",\"city\":\"天津\"}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(dealersOf("aurora-analyst")).contains(dealer);
        assertThat(dealersOf("aurora-fmc-east")).doesNotContain(dealer);
        Reply opened = Api.as("aurora-cac").post("/platform/api/cases",
                "{\"type\":\"TECHNICAL_ASSISTANCE\",\"dealer\":\"" + dealer + "\",\"subject\":\"before the move\"}");
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        String number = opened.object().getString("number");
        assertThat(Cases.awaitSearch("aurora-analyst", number, Duration.ofSeconds(10), f -> !f.isEmpty())).containsExactly(number);

        Reply moved = Api.as("aurora-it").put("/tenant-admin/api/dealers/" + dealer + "/region", "{\"region\":\"aurora-east\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(dealersOf("aurora-fmc-east")).contains(dealer);
        assertThat(Cases.awaitSearch("aurora-fmc-east", number, Duration.ofSeconds(10), f -> !f.isEmpty()))
                .as("search places the dealer's cases in the new region").containsExactly(number);
        List<String> audit = Api.as("aurora-analyst").get("/tenant-admin/api/audit?target=" + dealer).array().stream()
                .map(e -> e.asJsonObject().getString("action")).toList();
        assertThat(audit).containsExactly("DEALER_MOVED", "DEALER_CREATED");
    }

    @Test
    void aDealerCodeIsUniqueAcrossNetworks() {
        Reply reply = Api.as("aurora-it").post("/tenant-admin/api/dealers",
                "{\"code\":\"borealis-e01\",\"region\":\"aurora-east\",\"name\":\"copy\",\"city\":\"上海\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(dealersOf("aurora-analyst")).doesNotContain("borealis-e01");
    }

    @Test
    void onlyHeadOfficeItAdministersItsOwnNetwork() {
        assertThat(Api.as("aurora-fmc-east").post("/tenant-admin/api/regions", "{\"code\":\"aurora-x\",\"name\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(Api.as("aurora-e01-admin").put("/tenant-admin/api/dealers/aurora-e01/suspension", "").status())
                .isEqualTo(403);
        assertThat(Api.as("borealis-it").put("/tenant-admin/api/dealers/aurora-e01/region", "{\"region\":\"borealis-east\"}").status())
                .isEqualTo(404);
        assertThat(Api.as("aurora-it").post("/tenant-admin/api/dealers",
                "{\"code\":\"aurora-zz-1\",\"region\":\"borealis-east\",\"name\":\"x\",\"city\":\"x\"}").status()).isEqualTo(400);
    }

    @Test
    void aSuspendedDealersTokensAreRefusedAtOnceAndWorkAgainAfterReactivation() {
        String token = Api.token("aurora-s01-tech");
        assertThat(Api.anonymous().withToken("/platform/api/cases", token).status()).isEqualTo(200);

        Reply suspended = Api.as("aurora-it").put("/tenant-admin/api/dealers/aurora-s01/suspension", "");
        try {
            assertThat(suspended.object().getString("status")).isEqualTo("SUSPENDED");
            Reply refused = Api.anonymous().withToken("/platform/api/cases", token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.object().getString("title")).isEqualTo("Dealer suspended");
            assertThat(Api.anonymous().withToken("/reporting/api/search", token).status()).isEqualTo(403);
        } finally {
            Reply reactivated = Api.as("aurora-it").delete("/tenant-admin/api/dealers/aurora-s01/suspension");
            assertThat(reactivated.object().getString("status")).isEqualTo("ACTIVE");
        }
        assertThat(Api.anonymous().withToken("/platform/api/cases", token).status()).isEqualTo(200);
    }

    @Test
    void thePlatformOperatorOnboardsANetwork() {
        String code = "gamma" + Cases.uniqueWord().substring(3, 9);
        String body = "{\"code\":\"" + code + "\",\"name\":\"Gamma Motors\",\"regions\":[{\"code\":\"" + code
                + "-east\",\"name\":\"East\"},{\"code\":\"" + code + "-west\",\"name\":\"West\"}]}";

        Reply onboarded = Api.as("platform-admin").post("/tenant-admin/api/networks", body);

        assertThat(onboarded.status()).as("%s", onboarded).isEqualTo(201);
        assertThat(onboarded.object().getJsonArray("regions")).hasSize(2);
        assertThat(Api.as("platform-admin").post("/tenant-admin/api/networks", body).status()).isEqualTo(409);
        assertThat(Api.as("aurora-it").post("/tenant-admin/api/networks", body.replace(code, code + "x")).status()).isEqualTo(403);
        assertThat(Api.as("aurora-analyst").get("/tenant-admin/api/regions").array().stream()
                .map(r -> r.asJsonObject().getString("code"))).noneMatch(r -> r.startsWith(code));
    }

    @Test
    void headOfficeSetsTheRepeatRequestWindow() {
        Reply set = Api.as("borealis-it").put("/tenant-admin/api/network-policy", "{\"accountRequestWindowMonths\":6}");

        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(Api.as("borealis-e01-admin").get("/tenant-admin/api/network-policy").object()
                .getInt("accountRequestWindowMonths")).isEqualTo(6);
        assertThat(Api.as("aurora-analyst").get("/tenant-admin/api/network-policy").object()
                .getInt("accountRequestWindowMonths")).isEqualTo(12);
        assertThat(Api.as("borealis-it").put("/tenant-admin/api/network-policy", "{\"accountRequestWindowMonths\":0}").status())
                .isEqualTo(400);
        assertThat(Api.as("borealis-fmc-east").put("/tenant-admin/api/network-policy", "{\"accountRequestWindowMonths\":3}").status())
                .isEqualTo(403);
        assertThat(Api.as("borealis-it").put("/tenant-admin/api/network-policy", "{\"accountRequestWindowMonths\":12}").status())
                .isEqualTo(200);
    }

    private static List<String> dealersOf(String user) {
        return Api.as(user).get("/tenant-admin/api/dealers").array().stream()
                .map(JsonValue::asJsonObject).map(d -> d.getString("code")).toList();
    }
}
