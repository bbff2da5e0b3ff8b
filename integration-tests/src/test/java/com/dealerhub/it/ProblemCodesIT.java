package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.dealerhub.it.support.Claims.PATH;
import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.ok;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals carry a stable code with its parameters besides the English detail, in the body and in
 * each field error, so that the console says them in its user's language.
 */
class ProblemCodesIT {

    private static final String CLERK = "aurora-e01-claims";
    private static final String CLAIMS_DEPARTMENT = "aurora-claims";

    @Test
    void aWrongCheckDigitNamesTheDigitItShouldBe() {
        String vin = Vins.random();
        Reply reply = Api.as(CLERK).post(PATH, Claims.regular(Vins.withWrongCheckDigit(vin)).json());

        JsonObject error = onlyError(reply, 400, "vin");
        assertThat(error.getString("code")).isEqualTo("VIN_CHECK_DIGIT");
        assertThat(error.getJsonObject("params").getString("expected")).isEqualTo(String.valueOf(vin.charAt(8)));
        assertThat(error.getString("message")).isEqualTo("check digit (9th character) should be " + vin.charAt(8));
        assertThat(reply.object().getString("code")).isEqualTo("VIN_CHECK_DIGIT");
    }

    @Test
    void anAdjustmentAboveTheClaimedAmountNamesTheClaimedAmount() {
        String id = id(draft(CLERK, Claims.regular(Vins.random())));
        submit(CLERK, id);
        String adjustment = Json.createObjectBuilder().add("note", "按目录价调整 catalogue price")
                .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("line", "P-10001").add("amount", 5000)))
                .build().toString();

        Reply reply = Api.as(CLAIMS_DEPARTMENT).post(PATH + "/" + id + "/approve", adjustment);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("code")).isEqualTo("ABOVE_CLAIMED");
        assertThat(error.getJsonObject("params").getString("claimed")).isEqualTo("860.00");
    }

    @Test
    void aMissingFieldIsRequired() {
        Reply reply = Api.as(CLERK).post("/platform/api/cases", "{\"type\":\"TECHNICAL_ASSISTANCE\"}");

        JsonObject error = onlyError(reply, 400, "subject");
        assertThat(error.getString("code")).isEqualTo("REQUIRED");
        assertThat(error.getJsonObject("params")).isEmpty();
    }

    @Test
    void aTransitionTheRoleMayNotTakeNamesActionAndThing() {
        String id = id(draft(CLERK, Claims.regular(Vins.random())));
        submit(CLERK, id);

        Reply reply = Api.as(CLERK).post(PATH + "/" + id + "/approve", "{}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        assertThat(reply.object().getString("code")).isEqualTo("ROLE_MAY_NOT");
        assertThat(reply.object().getJsonObject("params").getString("action")).isEqualTo("approve");
        assertThat(reply.object().getJsonObject("params").keySet()).containsExactlyInAnyOrder("action", "noun", "who");
    }

    @Test
    void aStateThatDoesNotAllowTheActionNamesTheState() {
        String id = id(draft(CLERK, Claims.regular(Vins.random())));
        ok(Api.as(CLAIMS_DEPARTMENT).post(PATH + "/" + id(submit(CLERK, id)) + "/approve", "{}"));

        Reply reply = Api.as(CLERK).post(PATH + "/" + id + "/submit", "{}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(409);
        assertThat(reply.object().getString("code")).isEqualTo("STATE_DOES_NOT_ALLOW");
        assertThat(reply.object().getJsonObject("params").getString("state")).isEqualTo("APPROVED");
    }

    @Test
    void somethingNotFoundNamesWhatAndWhich() {
        String unknown = UUID.randomUUID().toString();
        Reply reply = Api.as(CLERK).get(PATH + "/" + unknown);

        assertThat(reply.status()).as("%s", reply).isEqualTo(404);
        assertThat(reply.object().getString("code")).isEqualTo("NOT_FOUND");
        assertThat(reply.object().getJsonObject("params").getString("id")).isEqualTo(unknown);
        assertThat(reply.object().getJsonObject("params").getString("what")).isNotBlank();
    }

    @Test
    void aMessageWithoutACodeOfItsOwnStillHasOne() {
        Reply reply = Api.as(CLERK).get("/platform/api/nowhere");

        assertThat(reply.status()).as("%s", reply).isEqualTo(404);
        assertThat(reply.object().getString("code")).isEqualTo("NO_SUCH_ADDRESS");
        assertThat(reply.object().getJsonObject("params")).isEmpty();
    }

    private static JsonObject onlyError(Reply reply, int status, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("field")).isEqualTo(field);
        assertThat(reply.object().getJsonArray("errors")).hasSize(1);
        return reply.object().getJsonArray("errors").getJsonObject(0);
    }
}
