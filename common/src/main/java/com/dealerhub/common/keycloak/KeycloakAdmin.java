package com.dealerhub.common.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Keycloak's admin REST API, as the service account of the {@code dealerhub-admin-api}
 * client (realm-management roles to manage users and organizations). Dealers are
 * Organizations; dealer staff are their members.
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** The realm URL the API trusts, e.g. https://sso.example.com/realms/dealerhub; DEALERHUB_OIDC_PROVIDER_URL. */
    private static final String REALM_URL = System.getenv().getOrDefault("DEALERHUB_OIDC_PROVIDER_URL", "http://127.0.0.1:8180/realms/dealerhub");
    /** Client whose service account administers the realm; DEALERHUB_KEYCLOAK_ADMIN_CLIENT_ID. */
    private static final String CLIENT_ID = System.getenv().getOrDefault("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_ID", "dealerhub-admin-api");
    /** Its secret; DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET. */
    private static final String CLIENT_SECRET = System.getenv().getOrDefault("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET", "");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String adminUrl = REALM_URL.replaceFirst("/realms/([^/]+)/?$", "/admin/realms/$1");

    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public record Organization(String id, String alias, String name, boolean enabled) {
    }

    public record User(String id, String username, String email, String firstName, String lastName, boolean enabled,
                       Instant created) {
    }

    // ---------------------------------------------------------------- organizations

    /** Found by its domain, {@code <alias>.dealers.example}: Keycloak searches organizations by name or domain, not alias. */
    public Optional<Organization> organization(String alias) {
        JsonArray found = call("GET", "/organizations?exact=true&search=" + encode(domainOf(alias)), null).asJsonArray();
        return found.stream().map(JsonValue::asJsonObject)
                .filter(o -> alias.equals(o.getString("alias", "")))
                .map(KeycloakAdmin::organizationOf)
                .findFirst();
    }

    /** Creates a dealer's organization; its alias is the dealer code, unique across the platform. */
    public Organization createOrganization(String alias, String name) {
        HttpResponse<String> created = send("POST", "/organizations", JSON.createObjectBuilder()
                .add("alias", alias).add("name", name).add("enabled", true)
                .add("domains", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("name", domainOf(alias))))
                .build());
        if (created.statusCode() == 409) {
            throw new com.dealerhub.common.problem.Conflict("dealer code " + alias + " is taken");
        }
        requireSuccess(created);
        return organization(alias).orElseThrow(() -> new KeycloakFailure("organization " + alias + " not found after creating it"));
    }

    public void deleteOrganization(String id) {
        call("DELETE", "/organizations/" + id, null);
    }

    public void setOrganizationEnabled(String alias, boolean enabled) {
        String id = organization(alias).orElseThrow(() -> new KeycloakFailure("no organization " + alias)).id();
        JsonObject current = call("GET", "/organizations/" + id, null).asJsonObject();
        call("PUT", "/organizations/" + id, JSON.createObjectBuilder(current).add("enabled", enabled).build());
    }

    public List<User> members(String organizationId) {
        return call("GET", "/organizations/" + organizationId + "/members?first=0&max=500", null).asJsonArray().stream()
                .map(JsonValue::asJsonObject).map(KeycloakAdmin::userOf).toList();
    }

    public boolean isMember(String organizationId, String userId) {
        return send("GET", "/organizations/" + organizationId + "/members/" + encode(userId), null).statusCode() == 200;
    }

    // ---------------------------------------------------------------- users

    /**
     * Creates an enabled user with a password and realm roles, as a member of the organization; returns its id.
     * Attributes the realm's user profile refuses are a {@link UserProfileRefusal} naming them.
     */
    public String createMember(String organizationId, NewUser user) {
        HttpResponse<String> created = send("POST", "/users", JSON.createObjectBuilder()
                .add("username", user.username()).add("email", user.email())
                .add("firstName", user.firstName()).add("lastName", user.lastName())
                .add("enabled", true).add("emailVerified", true)
                .add("attributes", JSON.createObjectBuilder().add("network", JSON.createArrayBuilder().add(user.network())))
                .add("credentials", JSON.createArrayBuilder().add(password(user.password(), user.temporaryPassword())))
                .build());
        if (created.statusCode() == 409) {
            throw new UserExists(user.username());
        }
        Optional<UserProfileRefusal> refused = UserProfileRefusal.of(created.statusCode(), created.body());
        if (refused.isPresent()) {
            throw refused.get();
        }
        requireSuccess(created);
        String id = created.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseThrow(() -> new KeycloakFailure("no id for the created user"));
        call("POST", "/organizations/" + organizationId + "/members", JSON.createValue(id));
        setRealmRoles(id, user.roles());
        return id;
    }

    public Optional<User> userNamed(String username) {
        return call("GET", "/users?exact=true&username=" + encode(username), null).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(u -> username.equals(u.getString("username", "")))
                .map(KeycloakAdmin::userOf).findFirst();
    }

    /** Usernames of the users holding a realm role whose multi-valued attribute contains a value. */
    public List<String> usersWithRoleAndAttribute(String role, String attribute, String value) {
        return call("GET", "/roles/" + encode(role) + "/users?briefRepresentation=false&first=0&max=500", null).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(u -> u.containsKey("attributes") && u.getJsonObject("attributes").containsKey(attribute)
                        && u.getJsonObject("attributes").getJsonArray(attribute).getValuesAs(jakarta.json.JsonString.class)
                        .stream().anyMatch(v -> v.getString().equals(value)))
                .map(u -> u.getString("username")).sorted().toList();
    }

    /** Replaces the user's realm roles among {@code managed} with {@code roles}; other roles stay. */
    public void replaceRealmRoles(String userId, java.util.Set<String> managed, List<String> roles) {
        var remove = JSON.createArrayBuilder();
        realmRoles(userId).stream().filter(managed::contains).filter(r -> !roles.contains(r))
                .forEach(r -> remove.add(call("GET", "/roles/" + encode(r), null)));
        JsonArray removed = remove.build();
        if (!removed.isEmpty()) {
            call("DELETE", "/users/" + encode(userId) + "/role-mappings/realm", removed);
        }
        setRealmRoles(userId, roles);
    }

    public void requireActions(String userId, List<String> actions) {
        JsonObject current = call("GET", "/users/" + encode(userId), null).asJsonObject();
        var list = JSON.createArrayBuilder();
        actions.forEach(list::add);
        call("PUT", "/users/" + encode(userId), JSON.createObjectBuilder(current).add("requiredActions", list).build());
    }

    public User user(String id) {
        return userOf(call("GET", "/users/" + encode(id), null).asJsonObject());
    }

    public List<String> realmRoles(String userId) {
        return call("GET", "/users/" + encode(userId) + "/role-mappings/realm", null).asJsonArray().stream()
                .map(r -> r.asJsonObject().getString("name")).toList();
    }

    public void setRealmRoles(String userId, List<String> roles) {
        var body = JSON.createArrayBuilder();
        roles.forEach(role -> body.add(call("GET", "/roles/" + encode(role), null)));
        call("POST", "/users/" + encode(userId) + "/role-mappings/realm", body.build());
    }

    public void setEnabled(String userId, boolean enabled) {
        JsonObject current = call("GET", "/users/" + encode(userId), null).asJsonObject();
        call("PUT", "/users/" + encode(userId), JSON.createObjectBuilder(current).add("enabled", enabled).build());
    }

    public void resetPassword(String userId, String password, boolean temporary) {
        call("PUT", "/users/" + encode(userId) + "/reset-password", password(password, temporary));
    }

    /** Whether brute-force protection has locked the user out, and after how many failures. */
    public LockStatus lockStatus(String userId) {
        JsonObject status = call("GET", "/attack-detection/brute-force/users/" + encode(userId), null).asJsonObject();
        return new LockStatus(status.getBoolean("disabled", false), status.getInt("numFailures", 0));
    }

    public void clearLock(String userId) {
        call("DELETE", "/attack-detection/brute-force/users/" + encode(userId), null);
    }

    /** The user's last successful login, if login events are recorded. */
    public Optional<Instant> lastLogin(String userId) {
        JsonArray events = call("GET", "/events?type=LOGIN&max=1&user=" + encode(userId), null).asJsonArray();
        return events.stream().findFirst().map(e -> Instant.ofEpochMilli(e.asJsonObject().getJsonNumber("time").longValue()));
    }

    public record LockStatus(boolean locked, int failures) {
    }

    public record NewUser(String username, String email, String firstName, String lastName, String network,
                          String password, boolean temporaryPassword, List<String> roles) {
    }

    // ---------------------------------------------------------------- HTTP

    private JsonValue call(String method, String path, JsonValue body) {
        HttpResponse<String> response = send(method, path, body);
        requireSuccess(response);
        String text = response.body();
        return text == null || text.isBlank() ? JsonValue.NULL : JSON.createReader(new StringReader(text)).readValue();
    }

    private HttpResponse<String> send(String method, String path, JsonValue body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return exchange(request);
    }

    private synchronized String token() {
        if (Instant.now().isAfter(tokenExpires)) {
            String form = "grant_type=client_credentials&client_id=" + encode(CLIENT_ID) + "&client_secret=" + encode(CLIENT_SECRET);
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            requireSuccess(response);
            JsonObject body = JSON.createReader(new StringReader(response.body())).readObject();
            token = body.getString("access_token");
            tokenExpires = Instant.now().plusSeconds(body.getInt("expires_in", 60) - 30L);
        }
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new KeycloakFailure("Keycloak unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakFailure("interrupted");
        }
    }

    private static void requireSuccess(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new KeycloakFailure("Keycloak answered " + response.statusCode() + " to " + response.request().method()
                    + " " + response.request().uri().getPath() + ": " + response.body());
        }
    }

    private static JsonObject password(String value, boolean temporary) {
        return JSON.createObjectBuilder().add("type", "password").add("value", value).add("temporary", temporary).build();
    }

    private static Organization organizationOf(JsonObject o) {
        return new Organization(o.getString("id"), o.getString("alias"), o.getString("name", ""), o.getBoolean("enabled", true));
    }

    private static User userOf(JsonObject u) {
        return new User(u.getString("id"), u.getString("username"), u.getString("email", null),
                u.getString("firstName", null), u.getString("lastName", null), u.getBoolean("enabled", true),
                u.containsKey("createdTimestamp") ? Instant.ofEpochMilli(u.getJsonNumber("createdTimestamp").longValue()) : null);
    }

    private static String domainOf(String alias) {
        return alias + ".dealers.example";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Keycloak refused or could not be reached: a server-side failure, the change did not happen. */
    public static class KeycloakFailure extends RuntimeException {
        public KeycloakFailure(String message) {
            super(message);
        }
    }

    /** The username is taken. */
    public static class UserExists extends com.dealerhub.common.problem.Conflict {
        public UserExists(String username) {
            super("username " + username + " is taken");
        }
    }
}
