package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 4xx problem naming the field, and changes nothing. */
class BadInputIT {

    private static final String USER = "aurora-s01-claims";
    private long casesBefore;

    @BeforeEach
    void countCases() {
        casesBefore = casesOfDealer();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(casesOfDealer()).isEqualTo(casesBefore);
    }

    @Test
    void malformedJson() {
        Reply reply = open("{\"type\": \"TECHNICAL_ASSISTANCE\", \"subject\": ");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("title")).isEqualTo("Malformed JSON");
    }

    @Test
    void unknownField() {
        Reply reply = open("{\"type\":\"TECHNICAL_ASSISTANCE\",\"subject\":\"ok\",\"priority\":\"high\"}");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("priority");
    }

    @Test
    void wrongType() {
        Reply reply = open("{\"type\":\"TECHNICAL_ASSISTANCE\",\"subject\":42}");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("subject");
    }

    @Test
    void unknownEnumValue() {
        Reply reply = open("{\"type\":\"REPAIR\",\"subject\":\"ok\"}");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("type");
    }

    @Test
    void missingRequiredField() {
        Reply reply = open("{\"type\":\"TECHNICAL_ASSISTANCE\"}");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("subject");
    }

    @Test
    void tooLongField() {
        Reply reply = open("{\"type\":\"TECHNICAL_ASSISTANCE\",\"subject\":\"" + "x".repeat(201) + "\"}");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("subject");
    }

    @Test
    void oversizedBody() {
        String description = "长".repeat(700_000);
        byte[] body = ("{\"type\":\"TECHNICAL_ASSISTANCE\",\"subject\":\"big\",\"description\":\"" + description + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        Reply reply = Api.as(USER).post("/platform/api/cases", body);

        assertThat(reply.status()).isEqualTo(413);
    }

    @Test
    void emptyBody() {
        assertProblem(open(""), 400);
    }

    @Test
    void unknownTransition() {
        Reply reply = Api.as(USER).post("/platform/api/cases/00000000-0000-0000-0000-000000000000/transitions",
                "{\"action\":\"FLY\"}");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("action");
    }

    @Test
    void unknownListFilter() {
        assertProblem(Api.as(USER).get("/platform/api/cases?state=LOST"), 400);
    }

    @Test
    void nulInATextFieldIsRefusedNamingTheField() {
        Reply reply = open("{\"type\":\"TECHNICAL_ASSISTANCE\",\"subject\":\"空调\\u0000不制冷\"}");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("subject");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotStoredAsReplacementCharacters() {
        byte[] prefix = "{\"type\":\"TECHNICAL_ASSISTANCE\",\"subject\":\"bad ".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        body[prefix.length + 2] = '"';
        body[prefix.length + 3] = '}';

        Reply reply = Api.as(USER).post("/platform/api/cases", body);

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("subject");
    }

    @Test
    void nulOrInvalidUtf8InAQueryParameterOrPathSegmentIsRefusedNamingIt() {
        for (String path : List.of("/platform/api/cases?state=%00", "/tenant-admin/api/audit?actor=a%00b",
                "/tenant-admin/api/dealers?region=%FF", "/platform/api/warranty/vehicles/LSV%00AB")) {
            Reply reply = Api.as("aurora-it").get(path);

            assertProblem(reply, 400);
        }
    }

    @Test
    void aBodyNestedTooDeeplyOrANumberTooLongToReadIsA400() {
        Reply deep = open("{\"type\":\"TECHNICAL_ASSISTANCE\",\"subject\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Reply digits = open("{\"type\":\"TECHNICAL_ASSISTANCE\",\"subject\":\"x\",\"n\":1" + "0".repeat(10_000) + "}");

        assertProblem(deep, 400);
        assertProblem(digits, 400);
    }

    @Test
    void datesFarOutsideAnySaneRangeAreRefusedNamingTheField() {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "1800-01-01")) {
            Reply reply = Api.as("aurora-claims").post("/platform/api/warranty/campaigns", "{\"code\":\"RC-DATE\",\"title\":\"t\","
                    + "\"laborOperations\":[\"RC-901\"],\"validFrom\":\"" + date + "\",\"validTo\":\"2030-01-01\"}");

            assertProblem(reply, 400);
            assertThat(reply.object().getString("field")).as(date).isEqualTo("validFrom");
        }
    }

    @Test
    void answersCarryNoFrameworkMessagesAndTellBrowsersNotToSniff() {
        Reply badId = Api.as(USER).get("/platform/api/cases/not-a-uuid");
        Reply badPage = Api.as(USER).get("/platform/api/cases?page=lots");
        Reply noToken = Api.anonymous().get("/platform/api/cases");

        assertProblem(badId, 404);
        assertProblem(badPage, 400);
        assertThat(badPage.object().getString("field")).isEqualTo("page");
        assertProblem(noToken, 401);
        for (Reply reply : List.of(badId, badPage, noToken)) {
            assertThat(reply.body()).doesNotContain("RESTEASY").doesNotContain("jakarta.").doesNotContain("<html");
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).as("%s", reply).contains("nosniff");
        }
    }

    @Test
    void overlongFilterValuesAreRefusedNamingTheParameter() {
        String huge = "x".repeat(100_000);
        for (String[] call : List.of(new String[]{"/tenant-admin/api/audit?actor=", "actor"},
                new String[]{"/tenant-admin/api/dealers?region=", "region"},
                new String[]{"/platform/api/warranty-claims?vin=", "vin"},
                new String[]{"/platform/api/warranty/catalogue/parts?number=", "number"})) {
            Reply reply = Api.as("aurora-it").get(call[0] + huge);

            assertProblem(reply, 400);
            assertThat(reply.object().getString("field")).as(call[0]).isEqualTo(call[1]);
        }
    }

    @Test
    void aDateFarOutsideTheCalendarInAQuery() {
        Reply reply = Api.as(USER).get("/platform/api/warranty/statements?dealer=aurora-s01&from=2026-01-01&to=%2B999999999-12-31");

        assertProblem(reply, 400);
        assertThat(reply.object().getString("field")).isEqualTo("to");
    }

    private static Reply open(String json) {
        return Api.as(USER).post("/platform/api/cases", json);
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getInt("status")).isEqualTo(status);
    }

    private static long casesOfDealer() {
        return Api.as(USER).get("/platform/api/cases?size=1").object().getJsonNumber("total").longValue();
    }
}
