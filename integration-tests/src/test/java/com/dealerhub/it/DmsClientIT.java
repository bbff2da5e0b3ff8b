package com.dealerhub.it;

import com.dealerhub.dms.client.ApiClient;
import com.dealerhub.dms.client.api.DmsApi;
import com.dealerhub.dms.client.model.ClaimBatch;
import com.dealerhub.dms.client.model.ClaimBatchItem;
import com.dealerhub.dms.client.model.ClaimBatchResult;
import com.dealerhub.dms.client.model.ClaimBatchStatus;
import com.dealerhub.dms.client.model.ClaimKind;
import com.dealerhub.dms.client.model.ClaimRequest;
import com.dealerhub.dms.client.model.Labor;
import com.dealerhub.dms.client.model.Part2;
import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Stack;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A dealer's DMS submits warranty claims through the client generated from the platform's OpenAPI document. */
class DmsClientIT {

    private static final String CLERK = "aurora-e01-claims";

    @Test
    void aDmsSubmitsAClaimBatchThroughTheGeneratedClient() throws Exception {
        DmsApi dms = new DmsApi(client(CLERK));
        String key = "dms-client-" + UUID.randomUUID();
        ClaimBatch batch = new ClaimBatch().addClaimsItem(claim(Vins.random(), key + "-1"))
                .addClaimsItem(claim(Vins.random(), key + "-2").labor(java.util.List.of(new Labor().operation("XX-000").hours(new BigDecimal("1")))));

        ClaimBatchResult first = dms.submitClaimBatch(batch);
        ClaimBatchResult retry = dms.submitClaimBatch(batch);

        assertThat(first.getResults()).extracting(ClaimBatchItem::getStatus)
                .containsExactly(ClaimBatchStatus.CREATED, ClaimBatchStatus.REFUSED);
        assertThat(retry.getResults()).extracting(ClaimBatchItem::getStatus)
                .containsExactly(ClaimBatchStatus.ALREADY_RECEIVED, ClaimBatchStatus.REFUSED);
        ClaimBatchItem created = first.getResults().getFirst();
        assertThat(created.getIdempotencyKey()).isEqualTo(key + "-1");
        assertThat(created.getNumber()).isNotBlank();
        assertThat(retry.getResults().getFirst().getId()).isEqualTo(created.getId());
        assertThat(first.getResults().get(1).getProblem()).as("the refusal names the field").isNotNull();

        JsonObject stored = Api.as(CLERK).get("/platform/api/warranty-claims/" + created.getId()).object();
        assertThat(stored.toString()).contains(created.getNumber());
    }

    private static ApiClient client(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.wildfly() + "/platform");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Api.token(user)));
        return client;
    }

    private static ClaimRequest claim(String vin, String key) {
        return new ClaimRequest().kind(ClaimKind.REGULAR).repairOrder("RO-" + vin.substring(11)).vin(vin).model("S3")
                .saleDate(LocalDate.now().minusMonths(14)).repairDate(LocalDate.now().minusDays(2)).mileage(41_250L)
                .faultDescription("冷启动时发动机正时链条异响 Timing chain rattle on cold start")
                .addLaborItem(new Labor().operation("EN-101").hours(new BigDecimal("3.5")))
                .addPartsItem(new Part2().number("P-10001").quantity(1).unitPrice(new BigDecimal("860.00")).causal(true))
                .idempotencyKey(key);
    }
}
