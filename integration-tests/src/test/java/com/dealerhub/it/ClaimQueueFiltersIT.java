package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.number;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/** The claims queue narrowed by number, region and claimed amount, with the claimed total of all it selects. */
class ClaimQueueFiltersIT {

    private static final String CLERK = "aurora-e01-claims";
    private static final String QUEUE = Claims.PATH + "/queue";

    @Test
    void theQueueNarrowsByNumberRegionAndAmountAndTotalsWhatItSelects() {
        // A sublet of its own gives both claims an amount no other claim has (a part priced off the catalogue would be returned).
        long sublet = 300 + new Random().nextInt(5000);
        JsonObject first = submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random()).set("sublet", sublet))));
        JsonObject second = submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random()).set("sublet", sublet))));
        BigDecimal claimed = first.getJsonNumber("claimedAmount").bigDecimalValue();
        String amount = "&minAmount=" + claimed.toPlainString() + "&maxAmount=" + claimed.toPlainString();
        String dealer = first.getJsonObject("claim").getString("dealer");
        String region = Api.as("aurora-claims").get("/tenant-admin/api/dealers/" + dealer).object().getString("region");

        JsonObject both = Claims.ok(Api.as("aurora-claims").get(QUEUE + "?size=200" + amount));
        assertThat(numbers(both)).containsExactlyInAnyOrder(number(first), number(second));
        assertThat(both.getJsonNumber("claimedTotal").bigDecimalValue()).isEqualByComparingTo(claimed.multiply(BigDecimal.valueOf(2)));
        assertThat(both.getJsonNumber("total").longValue()).isEqualTo(2);

        String digits = number(first).substring(number(first).length() - 6);
        assertThat(numbers(Claims.ok(Api.as("aurora-claims").get(QUEUE + "?size=200" + amount + "&number=" + digits.toLowerCase()))))
                .containsExactly(number(first));
        assertThat(numbers(Claims.ok(Api.as("aurora-claims").get(QUEUE + "?size=200" + amount + "&region=" + region))))
                .hasSize(2);
        JsonObject elsewhere = Claims.ok(Api.as("aurora-claims").get(QUEUE + "?size=200" + amount + "&region=NO-SUCH-REGION"));
        assertThat(numbers(elsewhere)).isEmpty();
        assertThat(elsewhere.getJsonNumber("claimedTotal").bigDecimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(numbers(Claims.ok(Api.as("aurora-claims").get(QUEUE + "?size=200&number=%25" + amount)))).isEmpty();
    }

    @Test
    void aBadAmountIsRefusedNamingItsParameter() {
        for (String query : List.of("minAmount=abc", "maxAmount=-1", "minAmount=10.005", "minAmount=500&maxAmount=100")) {
            Reply refused = Api.as("aurora-claims").get(QUEUE + "?" + query);
            assertThat(refused.status()).as("%s: %s", query, refused).isEqualTo(400);
            assertThat(refused.object().getString("field")).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        Reply listed = Api.as(CLERK).get(Claims.PATH + "?maxAmount=x");
        assertThat(listed.status()).isEqualTo(400);
        assertThat(listed.object().getString("field")).isEqualTo("maxAmount");
    }

    private static List<String> numbers(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(i -> i.getString("number")).toList();
    }
}
