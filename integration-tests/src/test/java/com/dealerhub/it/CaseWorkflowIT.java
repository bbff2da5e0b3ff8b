package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A generic case from opening to closing, each step by the role allowed to take it, every step indexed. */
class CaseWorkflowIT {

    @Test
    void theOemOpensForADealerTheDealerResolvesTheOemCloses() {
        String word = Cases.uniqueWord();
        Reply opened = Api.as("aurora-cac").post("/platform/api/cases",
                "{\"type\":\"TECHNICAL_ASSISTANCE\",\"dealer\":\"aurora-e02\",\"subject\":\"热线投诉 " + word + "\"}");
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(opened.object().getString("id")));
        String path = "/platform/api/cases/" + opened.object().getString("id");

        assertThat(transition(path, "aurora-e02-advisor", "START").status()).isEqualTo(200);
        assertThat(transition(path, "aurora-e02-advisor", "RESOLVE").status()).isEqualTo(200);
        assertThat(transition(path, "aurora-e02-advisor", "CLOSE").status()).isEqualTo(403);
        Reply closed = transition(path, "aurora-claims", "CLOSE");

        assertThat(closed.status()).isEqualTo(200);
        JsonObject closedCase = closed.object();
        assertThat(closedCase.getString("state")).isEqualTo("CLOSED");
        assertThat(closedCase.getJsonNumber("version").longValue()).isEqualTo(opened.object().getJsonNumber("version").longValue() + 3);
        List<String> steps = closedCase.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .map(s -> s.getString("actor") + ":" + s.getString("action") + ":" + s.getString("toState")).toList();
        assertThat(steps).containsExactly("aurora-cac:OPEN:OPEN", "aurora-e02-advisor:START:IN_PROGRESS",
                "aurora-e02-advisor:RESOLVE:RESOLVED", "aurora-claims:CLOSE:CLOSED");
        assertThat(transition(path, "aurora-claims", "CLOSE").status()).isEqualTo(409);

        List<String> closedHits = Cases.awaitSearch("aurora-analyst", word, Duration.ofSeconds(10), found ->
                !found.isEmpty() && Api.as("aurora-analyst").get("/reporting/api/search?state=CLOSED&q=" + word)
                        .object().getInt("total") == 1);
        assertThat(Api.as("aurora-analyst").get("/reporting/api/search?state=CLOSED&q=" + word).object().getInt("total"))
                .as("found %s", closedHits).isEqualTo(1);
    }

    @Test
    void readOnlyRolesCannotOpenCases() {
        Reply reply = Api.as("aurora-analyst").post("/platform/api/cases",
                "{\"type\":\"TECHNICAL_ASSISTANCE\",\"dealer\":\"aurora-e02\",\"subject\":\"not mine to open\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(Api.as("platform-admin").post("/platform/api/cases",
                "{\"type\":\"TECHNICAL_ASSISTANCE\",\"dealer\":\"aurora-e02\",\"subject\":\"not mine to open\"}").status()).isEqualTo(403);
    }

    private static Reply transition(String path, String user, String action) {
        return Api.as(user).post(path + "/transitions", "{\"action\":\"" + action + "\",\"note\":\"by " + user + "\"}");
    }
}
