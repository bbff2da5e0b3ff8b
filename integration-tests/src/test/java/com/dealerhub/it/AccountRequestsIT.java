package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dealer account requests through the whole chain: the dealer's admin submits, the regional
 * manager confirms, the back office batches, IT processes, and a platform account changes in
 * Keycloak. Each dealer submits in one test only (s01: unlock, e02: repeat rule, e01: return and
 * reject, borealis-e01: new account), so whether a request repeats another is known exactly.
 */
class AccountRequestsIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void aLockedUserIsUnlockedByProcessingARequestAndLogsInAgain() {
        String username = "s01-locked-" + Cases.uniqueWord();
        DealerUsersIT.create("aurora-s01-admin", "aurora-s01", username, "dealer-claims");
        for (int i = 0; i < 6; i++) {
            Api.login(username, "wrong-" + i);
        }
        assertThat(Api.login(username, "Initial-Pass-2026").status()).as("locked out").isNotEqualTo(200);

        JsonObject draft = draft("aurora-s01-admin", "UNLOCK", "PLATFORM", username, "\"lockReason\":\"密码输错多次 typed the old password\","
                + "\"improvementPlan\":\"密码管理器 password manager for the front desk\"");
        String id = idOf(draft);
        JsonObject submitted = ok(Api.as("aurora-s01-admin").post(path(id) + "/submit", "{}"));
        assertThat(submitted.getBoolean("repeatRequest")).isFalse();
        assertThat(submitted.getJsonArray("copiedTo").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()))
                .contains("aurora-s01-admin");

        assertThat(Api.as("aurora-fmc-east").post(path(id) + "/confirm", "{}").status()).isEqualTo(404);
        ok(Api.as("aurora-fmc-south").post(path(id) + "/confirm", "{\"note\":\"确认 confirmed\"}"));
        assertThat(idsIn("aurora-it", "CONFIRMED")).contains(id);
        Reply batched = Api.as("aurora-it").post("/platform/api/account-requests/batches", "{\"requests\":[\"" + id + "\"]}");
        assertThat(batched.status()).as("%s", batched).isEqualTo(200);
        JsonObject done = ok(Api.as("aurora-it").post(path(id) + "/process", "{\"note\":\"unlocked\"}"));

        assertThat(state(done)).isEqualTo("DONE");
        assertThat(Api.login(username, "Initial-Pass-2026").status()).isEqualTo(200);
        assertThat(steps(done)).containsExactly("aurora-s01-admin:OPEN", "aurora-s01-admin:SUBMIT", "aurora-fmc-south:CONFIRM",
                "aurora-it:BATCH", "aurora-it:PROCESS");
        assertThat(Cases.awaitSearch("aurora-analyst", done.getJsonObject("request").getString("number"), Duration.ofSeconds(10),
                found -> !found.isEmpty())).hasSize(1);
        assertThat(Api.as("aurora-it").get("/tenant-admin/api/audit?target=" + username).array().stream()
                .map(e -> e.asJsonObject().getString("actor") + ":" + e.asJsonObject().getString("action")))
                .contains("aurora-it:ACCOUNT_REQUEST_UNLOCK", "aurora-s01-admin:USER_CREATED");
    }

    @Test
    void aSecondRequestWithinTwelveMonthsCopiesTheVpAndNeedsASignedGuaranteeLetter() {
        JsonObject first = draft("aurora-e02-admin", "UNLOCK", "DMS", "e02-dms-user", "\"lockReason\":\"expired\",\"improvementPlan\":\"calendar reminder\"");
        assertThat(ok(Api.as("aurora-e02-admin").post(path(idOf(first)) + "/submit", "{}")).getBoolean("repeatRequest")).isFalse();

        JsonObject second = draft("aurora-e02-admin", "CHANGE_PERMISSIONS", "PLATFORM", "aurora-e02-tech", "\"roles\":[\"dealer-claims\"]");
        String id = idOf(second);
        Reply refused = Api.as("aurora-e02-admin").post(path(id) + "/submit", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("field")).isEqualTo("attachments");
        assertThat(state(ok(Api.as("aurora-e02-admin").get(path(id))))).isEqualTo("DRAFT");

        Reply letter = Api.as("aurora-e02-admin").upload("/platform/api/cases/" + id + "/attachments?purpose=GUARANTEE_LETTER&name="
                + Api.encode("账号管理保证书.pdf"), "application/pdf", PDF);
        assertThat(letter.status()).as("%s", letter).isEqualTo(201);
        JsonObject submitted = ok(Api.as("aurora-e02-admin").post(path(id) + "/submit", "{}"));

        assertThat(submitted.getBoolean("repeatRequest")).isTrue();
        assertThat(submitted.getJsonArray("copiedTo").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()))
                .contains("aurora-e02-admin", "aurora-vp-east");
    }

    @Test
    void aReturnedRequestIsCorrectedAndSubmittedAgainAndRejectionNeedsAReason() {
        JsonObject draft = draft("aurora-e01-admin", "CREATE", "PLATFORM", "e01-new-" + Cases.uniqueWord(),
                "\"email\":\"new@users.example\",\"roles\":[\"dealer-advisor\"]");
        String id = idOf(draft);
        ok(Api.as("aurora-e01-admin").post(path(id) + "/submit", "{}"));

        Reply noReason = Api.as("aurora-fmc-east").post(path(id) + "/return", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.object().getString("field")).isEqualTo("note");
        assertThat(state(ok(Api.as("aurora-fmc-east").post(path(id) + "/return", "{\"note\":\"请补充说明 explain the need\"}")))).isEqualTo("RETURNED");
        assertThat(state(ok(Api.as("aurora-e01-admin").post(path(id) + "/submit", "{}")))).isEqualTo("SUBMITTED");
        assertThat(state(ok(Api.as("aurora-fmc-east").post(path(id) + "/reject", "{\"note\":\"not needed\"}")))).isEqualTo("REJECTED");
        assertThat(Api.as("aurora-fmc-east").post(path(id) + "/confirm", "{}").status()).isEqualTo(409);
    }

    @Test
    void itProcessesANewPlatformAccountWhichThenExistsAtTheDealer() {
        String username = "b-e01-created-" + Cases.uniqueWord();
        String id = idOf(draft("borealis-e01-admin", "CREATE", "PLATFORM", username,
                "\"email\":\"" + username + "@users.example\",\"roles\":[\"dealer-advisor\"]"));
        ok(Api.as("borealis-e01-admin").post(path(id) + "/submit", "{}"));
        ok(Api.as("borealis-fmc-east").post(path(id) + "/confirm", "{}"));
        assertThat(Api.as("borealis-it").post("/platform/api/account-requests/batches", "{\"requests\":[\"" + id + "\"]}").status())
                .isEqualTo(200);

        JsonObject done = ok(Api.as("borealis-it").post(path(id) + "/process", "{}"));

        assertThat(done.getString("temporaryPassword")).startsWith("Tmp-");
        assertThat(Api.as("borealis-e01-admin").get("/tenant-admin/api/dealers/borealis-e01/users").array().stream()
                .map(u -> u.asJsonObject().getString("username"))).contains(username);
        assertThat(Api.login(username, done.getString("temporaryPassword")).status())
                .as("a temporary password must be changed before the first login").isNotEqualTo(200);
    }

    @Test
    void onlyADealerAdminRequestsAndTheRulesOfEachKindHold() {
        assertThat(Api.as("aurora-e01-claims").post("/platform/api/account-requests",
                body("UNLOCK", "PLATFORM", "x", "\"lockReason\":\"a\",\"improvementPlan\":\"b\"")).status()).isEqualTo(403);
        Reply noPlan = Api.as("aurora-e01-admin").post("/platform/api/account-requests", body("UNLOCK", "PLATFORM", "x", "\"lockReason\":\"a\""));
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.object().getString("field")).isEqualTo("improvementPlan");
        Reply oemRole = Api.as("aurora-e01-admin").post("/platform/api/account-requests",
                body("CHANGE_PERMISSIONS", "PLATFORM", "aurora-e01-tech", "\"roles\":[\"oem-it\"]"));
        assertThat(oemRole.status()).isEqualTo(400);
        assertThat(oemRole.object().getString("field")).isEqualTo("roles");
    }

    @Test
    void anotherDealersRequestIsNotFoundAndAttachmentsAreCheckedAndKeptIntact() {
        String id = idOf(draft("aurora-e01-admin", "UNLOCK", "SERVICE_CASE", "e01-sc", "\"lockReason\":\"a\",\"improvementPlan\":\"b\""));
        assertThat(Api.as("aurora-e02-admin").get(path(id)).status()).isEqualTo(404);
        assertThat(Api.as("borealis-it").get(path(id)).status()).isEqualTo(404);
        assertThat(Api.as("aurora-e02-admin").upload("/platform/api/cases/" + id + "/attachments?purpose=PHOTO&name=x.png",
                "image/png", PNG).status()).isEqualTo(404);

        Reply disguised = Api.as("aurora-e01-admin").upload("/platform/api/cases/" + id + "/attachments?purpose=PHOTO&name=x.pdf",
                "application/pdf", PNG);
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.object().getString("field")).isEqualTo("content");
        assertThat(Api.as("aurora-e01-admin").upload("/platform/api/cases/" + id + "/attachments?purpose=PHOTO&name=x.txt",
                "text/plain", "hello".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);

        Reply photo = Api.as("aurora-e01-admin").upload("/platform/api/cases/" + id + "/attachments?purpose=PHOTO&name=screen.png",
                "image/png", PNG);
        assertThat(photo.status()).isEqualTo(201);
        String download = "/platform/api/cases/" + id + "/attachments/" + photo.object().getString("id");
        assertThat(Api.as("aurora-fmc-east").download(download)).isEqualTo(PNG);
        assertThat(Api.as("aurora-e02-admin").get(download).status()).isEqualTo(404);
        assertThat(photo.object().getString("sha256")).hasSize(64);
        assertThat(Api.as("aurora-e01-admin").get("/platform/api/cases/" + id + "/attachments").array()).hasSize(1);
    }

    @Test
    void otherDealerStaffReadNeitherTheDealersAccountRequestsNorTheirFiles() {
        String username = "e01-staff-" + Cases.uniqueWord();
        JsonObject draft = draft("aurora-e01-admin", "UNLOCK", "PLATFORM", username,
                "\"lockReason\":\"密码输错 typed an old password\",\"improvementPlan\":\"password manager\"");
        String id = idOf(draft);
        String number = draft.getJsonObject("request").getString("number");
        Reply letter = Api.as("aurora-e01-admin").upload("/platform/api/cases/" + id + "/attachments?purpose=GUARANTEE_LETTER&name=letter.pdf",
                "application/pdf", PDF);
        assertThat(letter.status()).as("%s", letter).isEqualTo(201);
        String files = "/platform/api/cases/" + id + "/attachments";
        String download = files + "/" + letter.object().getString("id");
        Cases.awaitSearch("aurora-e01-admin", number, Duration.ofSeconds(10), found -> !found.isEmpty());

        for (String staff : List.of("aurora-e01-advisor", "aurora-e01-tech", "aurora-e01-claims")) {
            for (String refused : List.of("/platform/api/account-requests", "/platform/api/account-requests?state=DRAFT", path(id),
                    "/platform/api/cases/" + id, files, download, "/platform/api/cases?type=ACCOUNT_REQUEST")) {
                Reply reply = Api.as(staff).get(refused);
                assertThat(reply.status()).as("%s %s: %s", staff, refused, reply).isEqualTo(403);
                assertThat(reply.body()).doesNotContain(username);
            }
            assertThat(Api.as(staff).get("/platform/api/cases?size=200").body()).as(staff).doesNotContain(id);
            assertThat(Cases.numbersFound(staff, number)).as(staff).isEmpty();
        }

        assertThat(idsIn("aurora-e01-admin", "DRAFT")).contains(id);
        assertThat(ok(Api.as("aurora-e01-admin").get(path(id))).getJsonObject("details").getString("lockReason")).startsWith("密码输错");
        assertThat(Api.as("aurora-e01-admin").get(files).array()).hasSize(1);
        assertThat(Api.as("aurora-e01-admin").download(download)).isEqualTo(PDF);
        assertThat(Api.as("aurora-fmc-east").get(path(id)).status()).isEqualTo(200);
        assertThat(Api.as("aurora-fmc-east").download(download)).isEqualTo(PDF);
    }

    private static JsonObject draft(String admin, String kind, String system, String username, String extra) {
        return ok(Api.as(admin).post("/platform/api/account-requests", body(kind, system, username, extra)), 201);
    }

    private static String body(String kind, String system, String username, String extra) {
        return "{\"kind\":\"" + kind + "\",\"system\":\"" + system + "\",\"username\":\"" + username + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static JsonObject ok(Reply reply) {
        return ok(reply, 200);
    }

    private static JsonObject ok(Reply reply, int status) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        return reply.json() instanceof JsonObject object ? object : Json.createObjectBuilder().build();
    }

    private static String idOf(JsonObject view) {
        return view.getJsonObject("request").getString("id");
    }

    private static String state(JsonObject view) {
        return view.getJsonObject("request").getString("state");
    }

    private static List<String> steps(JsonObject view) {
        return Cases.steps(view.getJsonObject("request"));
    }

    private static List<String> idsIn(String user, String state) {
        return Api.as(user).get("/platform/api/account-requests?state=" + state).array().stream()
                .map(v -> idOf(v.asJsonObject())).toList();
    }

    private static String path(String id) {
        return "/platform/api/account-requests/" + id;
    }
}
