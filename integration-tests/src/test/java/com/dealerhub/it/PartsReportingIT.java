package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Parts;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts fill rate (allocated ÷ asked) and allocation shortfall (asked − allocated) of the order lines placed in a
 * period, per dealer and region, against the dealers' targets; read from order lines written here in the database
 * on a day of their own. A dealer reads its own row only; a bad period names the parameter.
 */
class PartsReportingIT {

    static final String PATH = "/platform/api/parts/reporting/fill-rate";

    @Test
    void fillRateAndShortfallPerDealerAndRegion() {
        LocalDate day = LocalDate.of(1950 + ThreadLocalRandom.current().nextInt(45), 1 + ThreadLocalRandom.current().nextInt(12), 10);
        var at = day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        Parts.stockOrderLine("aurora", "aurora-w03", at, 10, 0, 6);
        Parts.stockOrderLine("aurora", "aurora-w04", at, 5, 1, 4);
        Parts.stockOrderLine("aurora", "aurora-w04", at.plusSeconds(86400 * 5), 3, 0, 0);
        ok(Api.as("aurora-parts").put("/platform/api/parts/targets/aurora-w03", "{\"fillRatePercent\":95,\"daysOfSupply\":30}"));

        JsonObject report = ok(Api.as("aurora-parts").get(PATH + "?from=" + day + "&to=" + day + "&region=aurora-west"));
        List<JsonObject> dealers = report.getJsonArray("dealers").getValuesAs(JsonObject.class);
        assertThat(dealers).allSatisfy(d -> assertThat(d.getString("region")).isEqualTo("aurora-west"));
        JsonObject w03 = dealers.stream().filter(d -> d.getString("dealer").equals("aurora-w03")).findFirst().orElseThrow();
        assertThat(w03.getJsonObject("fillRate").getInt("asked")).isEqualTo(10);
        assertThat(w03.getJsonObject("fillRate").getInt("allocated")).isEqualTo(6);
        assertThat(w03.getJsonObject("fillRate").getInt("shortfall")).isEqualTo(4);
        assertThat(w03.getJsonObject("fillRate").getJsonNumber("percent").doubleValue()).isEqualTo(60.0);
        assertThat(w03.getBoolean("meetsTarget")).isFalse();
        JsonObject west = report.getJsonArray("regions").getValuesAs(JsonObject.class).getFirst();
        assertThat(west.getString("region")).isEqualTo("aurora-west");
        assertThat(west.getJsonObject("fillRate").getInt("asked")).isEqualTo(14);
        assertThat(west.getJsonObject("fillRate").getInt("allocated")).isEqualTo(10);
        assertThat(west.getJsonObject("fillRate").getJsonNumber("percent").doubleValue()).isEqualTo(71.43);

        JsonObject week = ok(Api.as("aurora-analyst").get(PATH + "?from=" + day + "&to=" + day.plusDays(6) + "&region=aurora-west"));
        assertThat(week.getJsonObject("total").getInt("shortfall")).isEqualTo(7);

        JsonObject own = ok(Api.as("aurora-e01-admin").get(PATH + "?from=" + day + "&to=" + day));
        assertThat(own.getJsonArray("dealers").getValuesAs(JsonObject.class)).extracting(d -> d.getString("dealer"))
                .containsExactly("aurora-e01");
    }

    @Test
    void aBadPeriodNamesTheParameter() {
        Reply reversed = Api.as("aurora-parts").get(PATH + "?from=2026-02-01&to=2026-01-01");
        Reply notADate = Api.as("aurora-parts").get(PATH + "?from=yesterday");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"from\"");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body()).contains("\"field\":\"from\"");
    }
}
