package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.ok;
import static com.dealerhub.it.support.Claims.state;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/** Head office maintains the catalogue from CSV, versions its adjudication thresholds, sets chains and labor rates. */
class WarrantyAdministrationIT {

    private static final String BASE = "/platform/api/warranty";

    @Test
    void partsAreImportedFromCsvAndABadLineStoresNothing() {
        String suffix = com.dealerhub.it.support.Cases.uniqueWord().substring(3, 9).toUpperCase();
        String good = "number,description,unitPrice,special\n"
                + "P-7" + suffix + "A,\"后视镜总成, 左 Mirror assembly, left\",1280.50,true\n"
                + "P-7" + suffix + "B,雨刮片 Wiper blade,65,false\n";
        Reply imported = Api.as("aurora-parts").upload(BASE + "/catalogue/parts", "text/csv", good.getBytes());
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.object().getInt("rows")).isEqualTo(2);
        assertThat(Api.as("aurora-e01-claims").get(BASE + "/catalogue/parts?number=P-7" + suffix).array().stream()
                .map(p -> p.asJsonObject().getString("description")))
                .containsExactly("后视镜总成, 左 Mirror assembly, left", "雨刮片 Wiper blade");

        String bad = "number,description,unitPrice,special\n"
                + "P-8" + suffix + "A,ok,10,false\n"
                + "P-8" + suffix + "B,price missing,abc,false\n";
        Reply refused = Api.as("aurora-parts").upload(BASE + "/catalogue/parts", "text/csv", bad.getBytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("field")).isEqualTo("csv");
        assertThat(refused.object().getString("detail")).contains("line 3, column 3");
        assertThat(Api.as("aurora-parts").get(BASE + "/catalogue/parts?number=P-8" + suffix).array()).isEmpty();
        assertThat(Api.as("aurora-e01-claims").upload(BASE + "/catalogue/parts", "text/csv", good.getBytes()).status()).isEqualTo(403);
        assertThat(Api.as("borealis-parts").get(BASE + "/catalogue/parts?number=P-7" + suffix).array()).isEmpty();
    }

    @Test
    void everyThresholdEditIsANewVersionAndAClaimRecordsTheVersionItWasJudgedBy() {
        String body = "{\"duplicateWindowDays\":30,\"laborTolerancePercent\":10,\"priceTolerancePercent\":0}";
        int before = ok(Api.as("aurora-claims").get(BASE + "/adjudication-settings")).getInt("version");
        int after = ok(Api.as("aurora-claims").put(BASE + "/adjudication-settings", body)).getInt("version");
        assertThat(after).isEqualTo(before + 1);
        assertThat(Api.as("aurora-quality").put(BASE + "/adjudication-settings", body).status()).isEqualTo(403);
        assertThat(Api.as("aurora-claims").put(BASE + "/adjudication-settings", body.replace("30", "-1")).status()).isEqualTo(400);

        var claim = submit("aurora-e01-claims", id(draft("aurora-e01-claims", Claims.regular(Vins.random()))));
        assertThat(claim.getJsonObject("adjudication").getInt("settingsVersion")).isGreaterThanOrEqualTo(after);
    }

    @Test
    void aNetworksChainForAKindRoutesItsNextClaimsAndTheLaborRatePricesThem() {
        try {
            assertThat(Api.as("borealis-claims").put(BASE + "/approval-chains/REGULAR", "{\"steps\":[\"FMC\",\"CLAIMS\"]}").status())
                    .isEqualTo(200);
            assertThat(ok(Api.as("borealis-claims").put(BASE + "/labor-rates/borealis-e02", "{\"rate\":135.50}"))
                    .getJsonNumber("rate").doubleValue()).isEqualTo(135.5);

            var claim = submit("borealis-e02-claims", id(draft("borealis-e02-claims", Claims.regular(Vins.random()))));
            assertThat(state(claim)).isEqualTo("PENDING_FMC");
            assertThat(claim.getJsonArray("chain").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()))
                    .containsExactly("FMC", "CLAIMS");
            assertThat(claim.getJsonNumber("laborRate").doubleValue()).isEqualTo(135.5);
            assertThat(ok(Api.as("aurora-claims").get(BASE + "/approval-chains")).getJsonArray("REGULAR").stream()
                    .map(JsonValue::toString).toList()).isEqualTo(List.of("\"CLAIMS\""));
            assertThat(Api.as("borealis-claims").put(BASE + "/approval-chains/REGULAR", "{\"steps\":[\"MANAGER\"]}").status())
                    .isEqualTo(400);
            assertThat(Api.as("borealis-claims").put(BASE + "/labor-rates/aurora-e01", "{\"rate\":1}").status()).isEqualTo(404);
        } finally {
            Api.as("borealis-claims").put(BASE + "/approval-chains/REGULAR", "{\"steps\":[\"CLAIMS\"]}");
        }
    }
}
