package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dealer admins manage their own dealer's accounts in Keycloak, and nothing else. */
public class DealerUsersIT {

    private static final String PASSWORD = "Initial-Pass-2026";

    @Test
    void aDealerAdminCreatesAUserWhoThenLogsIn() {
        String username = "e01-tech-" + Cases.uniqueWord();
        Reply created = create("aurora-e01-admin", "aurora-e01", username, "dealer-technician");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.object().getJsonArray("roles").getString(0)).isEqualTo("dealer-technician");

        Reply login = Api.login(username, PASSWORD);
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        Reply me = Api.anonymous().withToken("/tenant-admin/api/me", login.object().getString("access_token"));
        assertThat(me.object().getString("dealer")).isEqualTo("aurora-e01");
        assertThat(me.object().getString("network")).isEqualTo("aurora");

        JsonObject seen = Api.as("aurora-e01-admin").get(userPath("aurora-e01", created)).object();
        assertThat(seen.getBoolean("enabled")).isTrue();
        assertThat(seen.getBoolean("locked")).isFalse();
        assertThat(seen.containsKey("lastLogin") && seen.get("lastLogin").getValueType() != JsonValue.ValueType.NULL).isTrue();
        assertThat(Api.as("aurora-e01-admin").get("/tenant-admin/api/dealers/aurora-e01/users").array().stream()
                .map(u -> u.asJsonObject().getString("username"))).contains(username, "aurora-e01-claims");
    }

    @Test
    void aDisabledUserCannotLogInUntilReEnabledAndAResetPasswordWorks() {
        String username = "e01-adv-" + Cases.uniqueWord();
        Reply created = create("aurora-e01-admin", "aurora-e01", username, "dealer-advisor");
        String path = userPath("aurora-e01", created);

        assertThat(Api.as("aurora-e01-admin").post(path + "/disable", "").object().getBoolean("enabled")).isFalse();
        assertThat(Api.login(username, PASSWORD).status()).isNotEqualTo(200);
        assertThat(Api.as("aurora-e01-admin").post(path + "/enable", "").object().getBoolean("enabled")).isTrue();
        assertThat(Api.login(username, PASSWORD).status()).isEqualTo(200);

        Reply reset = Api.as("aurora-e01-admin").post(path + "/password", "{\"password\":\"Another-Pass-2026\",\"temporary\":false}");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(Api.login(username, "Another-Pass-2026").status()).isEqualTo(200);
        assertThat(Api.login(username, PASSWORD).status()).isNotEqualTo(200);
    }

    @Test
    void aLockedOutUserShowsAsLocked() {
        String username = "e01-claims-" + Cases.uniqueWord();
        Reply created = create("aurora-e01-admin", "aurora-e01", username, "dealer-claims");
        for (int i = 0; i < 6; i++) {
            Api.login(username, "wrong-password-" + i);
        }

        JsonObject seen = Api.as("aurora-e01-admin").get(userPath("aurora-e01", created)).object();

        assertThat(seen.getBoolean("locked")).isTrue();
        assertThat(seen.getInt("failedLogins")).isPositive();
    }

    @Test
    void aDealerAdminCannotGrantOemRoles() {
        Reply reply = create("aurora-e01-admin", "aurora-e01", "e01-boss-" + Cases.uniqueWord(), "oem-claims");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getString("field")).isEqualTo("roles");
    }

    @Test
    void namesAndAddressesKeycloakWouldRefuseAreProblemsNamingTheFieldAndNoUserIsCreated() {
        List<String[]> refused = List.of(
                new String[] {"firstName", "x".repeat(300)},
                new String[] {"firstName", "<script>alert(1)</script>"},
                new String[] {"lastName", "Us\u0007er"},
                new String[] {"lastName", "Smith\nJones"},
                new String[] {"email", "ann@dealer_e01.example"});
        for (String[] field : refused) {
            String username = "e01-refused-" + Cases.uniqueWord();
            Reply reply = create("aurora-e01-admin", "aurora-e01", username, "dealer-advisor", field[0], field[1]);

            assertThat(reply.status()).as("%s: %s", field[0], reply).isEqualTo(400);
            assertThat(reply.object().getString("field")).isEqualTo(field[0]);
            assertThat(usernames("aurora-e01")).doesNotContain(username);
        }

        Reply anyScript = create("aurora-e01-admin", "aurora-e01", "e01-names-" + Cases.uniqueWord(), "dealer-advisor",
                "lastName", "王 O'Brien-Smith, Jr.");
        assertThat(anyScript.status()).as("%s", anyScript).isEqualTo(201);
    }

    @Test
    void aDealerAdminCannotTouchAnotherDealersUsers() {
        Reply theirs = create("aurora-e02-admin", "aurora-e02", "e02-tech-" + Cases.uniqueWord(), "dealer-technician");
        String theirId = theirs.object().getString("id");

        assertThat(Api.as("aurora-e01-admin").get("/tenant-admin/api/dealers/aurora-e02/users").status()).isEqualTo(404);
        assertThat(Api.as("aurora-e01-admin").get(userPath("aurora-e02", theirs)).status()).isEqualTo(404);
        assertThat(Api.as("aurora-e01-admin").post("/tenant-admin/api/dealers/aurora-e01/users/" + theirId + "/disable", "").status())
                .isEqualTo(404);
        assertThat(Api.as("borealis-e01-admin").post(userPath("aurora-e02", theirs) + "/disable", "").status()).isEqualTo(404);
        assertThat(Api.as("aurora-e02-admin").get(userPath("aurora-e02", theirs)).object().getBoolean("enabled")).isTrue();
    }

    @Test
    void onlyTheDealerAdminManagesAccounts() {
        assertThat(Api.as("aurora-e01-claims").get("/tenant-admin/api/dealers/aurora-e01/users").status()).isEqualTo(403);
        assertThat(Api.as("aurora-fmc-east").get("/tenant-admin/api/dealers/aurora-e01/users").status()).isEqualTo(404);
    }

    @Test
    void headOfficeFindsEveryAccountChangeInTheAuditLog() {
        String username = "e01-audit-" + Cases.uniqueWord();
        Reply created = create("aurora-e01-admin", "aurora-e01", username, "dealer-advisor");
        Api.as("aurora-e01-admin").post(userPath("aurora-e01", created) + "/disable", "");

        Reply audit = Api.as("aurora-it").get("/tenant-admin/api/audit?target=" + username);

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.array().stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("actor") + ":" + e.getString("action")))
                .containsExactly("aurora-e01-admin:USER_DISABLED", "aurora-e01-admin:USER_CREATED");
        assertThat(Api.as("borealis-it").get("/tenant-admin/api/audit?target=" + username).array()).isEmpty();
        assertThat(Api.as("aurora-e01-admin").get("/tenant-admin/api/audit").status()).isEqualTo(403);
    }

    public static Reply create(String admin, String dealer, String username, String role) {
        return Api.as(admin).post("/tenant-admin/api/dealers/" + dealer + "/users", newUser(username, role).build().toString());
    }

    /** Creates a user with one field set to {@code value}. */
    static Reply create(String admin, String dealer, String username, String role, String field, String value) {
        return Api.as(admin).post("/tenant-admin/api/dealers/" + dealer + "/users",
                newUser(username, role).add(field, value).build().toString());
    }

    private static JsonObjectBuilder newUser(String username, String role) {
        return Json.createObjectBuilder()
                .add("username", username).add("email", username + "@users.example")
                .add("firstName", "Test").add("lastName", "User")
                .add("roles", Json.createArrayBuilder().add(role))
                .add("initialPassword", PASSWORD).add("temporaryPassword", false);
    }

    private static List<String> usernames(String dealer) {
        return Api.as(dealer + "-admin").get("/tenant-admin/api/dealers/" + dealer + "/users").array().stream()
                .map(u -> u.asJsonObject().getString("username")).toList();
    }

    static String userPath(String dealer, Reply created) {
        return "/tenant-admin/api/dealers/" + dealer + "/users/" + created.object().getString("id");
    }
}
