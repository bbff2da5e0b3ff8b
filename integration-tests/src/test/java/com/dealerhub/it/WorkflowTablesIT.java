package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.ok;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/** Every view says what its caller may do now, from its type's workflow table; approval chains are kept per case type. */
class WorkflowTablesIT {

    private static final String CHAINS = "/platform/api/approval-chains";

    @Test
    void aGenericCaseOffersEachCallerTheStepsItsTableAllows() {
        Reply reply = Api.as("aurora-cac").post("/platform/api/cases",
                "{\"type\":\"TECHNICAL_ASSISTANCE\",\"dealer\":\"aurora-e02\",\"subject\":\"allowed actions\"}");
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonObject opened = reply.object();
        String path = "/platform/api/cases/" + opened.getString("id");

        assertThat(actions(opened)).containsExactly("START", "RESOLVE");
        assertThat(actions(ok(Api.as("aurora-analyst").get(path)))).isEmpty();
        JsonObject resolved = ok(Api.as("aurora-e02-advisor").post(path + "/transitions", "{\"action\":\"RESOLVE\"}"));
        assertThat(actions(resolved)).isEmpty();
        assertThat(actions(ok(Api.as("aurora-claims").get(path)))).containsExactly("REOPEN", "CLOSE");
    }

    @Test
    void aClaimOffersTheDealerItsCorrectionsAndOnlyTheAwaitedApproverItsDecisions() {
        JsonObject drafted = draft("aurora-e01-claims", Claims.regular(Vins.random()));
        assertThat(actions(drafted.getJsonObject("claim"))).containsExactly("CORRECT", "SUBMIT");
        assertThat(strings(drafted, "allowedActions")).containsExactly("CORRECT", "SUBMIT");

        JsonObject submitted = submit("aurora-e01-claims", id(drafted));
        assertThat(strings(submitted, "allowedActions")).isEmpty();
        String path = Claims.PATH + "/" + id(drafted);
        assertThat(strings(ok(Api.as("aurora-claims").get(path)), "allowedActions")).containsExactly("APPROVE", "RETURN", "REJECT");
        assertThat(strings(ok(Api.as("aurora-quality").get(path)), "allowedActions")).isEmpty();
    }

    @Test
    void headOfficeKeepsAChainPerCaseTypeAndVariantValidatedAndAudited() {
        try {
            Reply set = Api.as("borealis-claims").put(CHAINS + "/WARRANTY/CAMPAIGN", "{\"steps\":[\"QUALITY\",\"CLAIMS\"]}");
            assertThat(set.status()).as("%s", set).isEqualTo(200);
            assertThat(strings(set.object(), "steps")).containsExactly("QUALITY", "CLAIMS");
            assertThat(strings(ok(Api.as("borealis-claims").get(CHAINS + "/WARRANTY/CAMPAIGN")), "steps")).containsExactly("QUALITY", "CLAIMS");
            assertThat(ok(Api.as("borealis-claims").get("/platform/api/warranty/approval-chains")).getJsonArray("CAMPAIGN")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString)).containsExactly("QUALITY", "CLAIMS");
            assertThat(strings(ok(Api.as("aurora-claims").get(CHAINS + "/WARRANTY/CAMPAIGN")), "steps")).containsExactly("CLAIMS", "QUALITY");
            assertThat(Api.as("aurora-it").get("/tenant-admin/api/audit?target=WARRANTY/CAMPAIGN").array()).isEmpty();
            assertThat(Api.as("borealis-claims").get("/tenant-admin/api/audit?target=WARRANTY/CAMPAIGN").array().stream()
                    .map(e -> e.asJsonObject().getString("action"))).contains("APPROVAL_CHAIN_CHANGED");

            assertField(Api.as("borealis-claims").put(CHAINS + "/WARRANTY/CAMPAIGN", "{\"steps\":[\"MANAGER\"]}"), "steps[0]");
            assertField(Api.as("borealis-claims").put(CHAINS + "/WARRANTY/CAMPAIGN", "{\"steps\":[\"CLAIMS\",\"CLAIMS\"]}"), "steps");
            assertField(Api.as("borealis-claims").put(CHAINS + "/WARRANTY/CAMPAIGN", "{\"steps\":[]}"), "steps");
            assertField(Api.as("borealis-claims").put(CHAINS + "/WARRANTY/NOPE", "{\"steps\":[\"CLAIMS\"]}"), "variant");
            assertField(Api.as("borealis-claims").put(CHAINS + "/COMPLAINT/DEFAULT", "{\"steps\":[\"CLAIMS\"]}"), "type");
            assertField(Api.as("borealis-claims").get(CHAINS + "/BOGUS/DEFAULT"), "type");
            assertThat(Api.as("borealis-quality").put(CHAINS + "/WARRANTY/CAMPAIGN", "{\"steps\":[\"CLAIMS\"]}").status()).isEqualTo(403);
            assertThat(Api.as("borealis-e01-claims").put(CHAINS + "/WARRANTY/CAMPAIGN", "{\"steps\":[\"CLAIMS\"]}").status()).isEqualTo(403);
            assertThat(strings(ok(Api.as("borealis-claims").get(CHAINS + "/WARRANTY/CAMPAIGN")), "steps")).containsExactly("QUALITY", "CLAIMS");
        } finally {
            Api.as("borealis-claims").put(CHAINS + "/WARRANTY/CAMPAIGN", "{\"steps\":[\"CLAIMS\",\"QUALITY\"]}");
        }
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.object().getString("field", reply.object().containsKey("errors")
                ? reply.object().getJsonArray("errors").getJsonObject(0).getString("field") : null)).isEqualTo(field);
    }

    private static List<String> actions(JsonObject caseView) {
        return strings(caseView, "allowedActions");
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).stream().map(v -> ((JsonString) v).getString()).toList();
    }

}
