package com.dealerhub.common.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak's admin REST API through Keycloak's admin client, as the service account of the
 * {@code dealerhub-admin-api} client (realm-management roles to manage users and organizations).
 * Dealers are Organizations; dealer staff are their members. The client runs on WildFly's RESTEasy
 * and Jackson; the WARs that use it keep JSON-B for their own resources
 * ({@code resteasy.preferJacksonOverJsonB=false} in their web.xml).
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** The realm URL the API trusts, e.g. https://sso.example.com/realms/dealerhub; DEALERHUB_OIDC_PROVIDER_URL. */
    private static final String REALM_URL = System.getenv().getOrDefault("DEALERHUB_OIDC_PROVIDER_URL", "http://127.0.0.1:8180/realms/dealerhub");
    /** Client whose service account administers the realm; DEALERHUB_KEYCLOAK_ADMIN_CLIENT_ID. */
    private static final String CLIENT_ID = System.getenv().getOrDefault("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_ID", "dealerhub-admin-api");
    /** Its secret; DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET. */
    private static final String CLIENT_SECRET = System.getenv().getOrDefault("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET", "");
    private static final Pattern REALM = Pattern.compile("^(.*)/realms/([^/]+)/?$");

    private Keycloak keycloak;

    public record Organization(String id, String alias, String name, boolean enabled) {
    }

    public record User(String id, String username, String email, String firstName, String lastName, boolean enabled,
                       Instant created) {
    }

    // ---------------------------------------------------------------- organizations

    /** Found by its domain, {@code <alias>.dealers.example}: Keycloak searches organizations by name or domain, not alias. */
    public Optional<Organization> organization(String alias) {
        return call("search organization " + alias, () -> realm().organizations().search(domainOf(alias), true, 0, 10)).stream()
                .filter(o -> alias.equals(o.getAlias()))
                .map(KeycloakAdmin::organizationOf)
                .findFirst();
    }

    /** Creates a dealer's organization; its alias is the dealer code, unique across the platform. */
    public Organization createOrganization(String alias, String name) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(alias);
        organization.setName(name);
        organization.setEnabled(true);
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(domainOf(alias));
        organization.addDomain(domain);
        try (Response created = call("create organization " + alias, () -> realm().organizations().create(organization))) {
            if (created.getStatus() == 409) {
                throw new com.dealerhub.common.problem.Conflict("dealer code " + alias + " is taken");
            }
            requireSuccess(created, "create organization " + alias);
        }
        return organization(alias).orElseThrow(() -> new KeycloakFailure("organization " + alias + " not found after creating it"));
    }

    public void deleteOrganization(String id) {
        try (Response deleted = call("delete organization " + id, () -> realm().organizations().get(id).delete())) {
            requireSuccess(deleted, "delete organization " + id);
        }
    }

    public void setOrganizationEnabled(String alias, boolean enabled) {
        String id = organization(alias).orElseThrow(() -> new KeycloakFailure("no organization " + alias)).id();
        var organization = realm().organizations().get(id);
        OrganizationRepresentation current = call("read organization " + alias, organization::toRepresentation);
        current.setEnabled(enabled);
        try (Response updated = call("update organization " + alias, () -> organization.update(current))) {
            requireSuccess(updated, "update organization " + alias);
        }
    }

    public List<User> members(String organizationId) {
        return call("list members", () -> realm().organizations().get(organizationId).members().list(0, 500)).stream()
                .map(KeycloakAdmin::userOf).toList();
    }

    public boolean isMember(String organizationId, String userId) {
        try {
            call("read member", () -> realm().organizations().get(organizationId).members().member(userId).toRepresentation());
            return true;
        } catch (KeycloakFailure e) {
            if (e.getCause() instanceof NotFoundException) {
                return false;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- users

    /**
     * Creates an enabled user with a password and realm roles, as a member of the organization; returns its id.
     * Attributes the realm's user profile refuses are a {@link UserProfileRefusal} naming them.
     */
    public String createMember(String organizationId, NewUser user) {
        UserRepresentation representation = new UserRepresentation();
        representation.setUsername(user.username());
        representation.setEmail(user.email());
        representation.setFirstName(user.firstName());
        representation.setLastName(user.lastName());
        representation.setEnabled(true);
        representation.setEmailVerified(true);
        representation.setAttributes(Map.of("network", List.of(user.network())));
        representation.setCredentials(List.of(password(user.password(), user.temporaryPassword())));
        String id;
        try (Response created = call("create user " + user.username(), () -> realm().users().create(representation))) {
            if (created.getStatus() == 409) {
                throw new UserExists(user.username());
            }
            if (created.getStatus() == 400) {
                String answer = created.readEntity(String.class);
                UserProfileRefusal.of(400, answer).ifPresent(refusal -> {
                    throw refusal;
                });
                throw new KeycloakFailure("Keycloak answered 400 to create user " + user.username() + ": " + answer);
            }
            requireSuccess(created, "create user " + user.username());
            id = CreatedResponseUtil.getCreatedId(created);
        }
        try (Response added = call("add member", () -> realm().organizations().get(organizationId).members().addMember(id))) {
            requireSuccess(added, "add member " + user.username());
        }
        setRealmRoles(id, user.roles());
        return id;
    }

    public Optional<User> userNamed(String username) {
        return call("search user " + username, () -> realm().users().searchByUsername(username, true)).stream()
                .filter(u -> username.equals(u.getUsername()))
                .map(KeycloakAdmin::userOf).findFirst();
    }

    /** Usernames of the users holding a realm role whose multi-valued attribute contains a value. */
    public List<String> usersWithRoleAndAttribute(String role, String attribute, String value) {
        return call("list users of role " + role, () -> realm().roles().get(role).getUserMembers(false, 0, 500)).stream()
                .filter(u -> u.getAttributes() != null && u.getAttributes().getOrDefault(attribute, List.of()).contains(value))
                .map(UserRepresentation::getUsername).sorted().toList();
    }

    /** Replaces the user's realm roles among {@code managed} with {@code roles}; other roles stay. */
    public void replaceRealmRoles(String userId, Set<String> managed, List<String> roles) {
        List<RoleRepresentation> removed = realmRoles(userId).stream().filter(managed::contains).filter(r -> !roles.contains(r))
                .map(this::role).toList();
        if (!removed.isEmpty()) {
            call("remove roles", () -> {
                userResource(userId).roles().realmLevel().remove(removed);
                return null;
            });
        }
        setRealmRoles(userId, roles);
    }

    public void requireActions(String userId, List<String> actions) {
        UserRepresentation current = representation(userId);
        current.setRequiredActions(actions);
        update(userId, current);
    }

    public User user(String id) {
        return userOf(representation(id));
    }

    public List<String> realmRoles(String userId) {
        return call("read roles", () -> userResource(userId).roles().realmLevel().listAll()).stream()
                .map(RoleRepresentation::getName).toList();
    }

    public void setRealmRoles(String userId, List<String> roles) {
        List<RoleRepresentation> added = roles.stream().map(this::role).toList();
        call("add roles", () -> {
            userResource(userId).roles().realmLevel().add(added);
            return null;
        });
    }

    public void setEnabled(String userId, boolean enabled) {
        UserRepresentation current = representation(userId);
        current.setEnabled(enabled);
        update(userId, current);
    }

    public void resetPassword(String userId, String password, boolean temporary) {
        call("reset password", () -> {
            userResource(userId).resetPassword(password(password, temporary));
            return null;
        });
    }

    /** Whether brute-force protection has locked the user out, and after how many failures. */
    public LockStatus lockStatus(String userId) {
        Map<String, Object> status = call("read brute-force status", () -> realm().attackDetection().bruteForceUserStatus(userId));
        return new LockStatus(Boolean.TRUE.equals(status.get("disabled")),
                status.get("numFailures") instanceof Number failures ? failures.intValue() : 0);
    }

    public void clearLock(String userId) {
        call("clear brute-force status", () -> {
            realm().attackDetection().clearBruteForceForUser(userId);
            return null;
        });
    }

    /** The user's last successful login, if login events are recorded. */
    public Optional<Instant> lastLogin(String userId) {
        return call("read login events", () -> realm().getEvents(List.of("LOGIN"), null, userId, null, null, null, 0, 1)).stream()
                .findFirst().map(event -> Instant.ofEpochMilli(event.getTime()));
    }

    public record LockStatus(boolean locked, int failures) {
    }

    public record NewUser(String username, String email, String firstName, String lastName, String network,
                          String password, boolean temporaryPassword, List<String> roles) {
    }

    // ---------------------------------------------------------------- the client

    private RoleRepresentation role(String name) {
        return call("read role " + name, () -> realm().roles().get(name).toRepresentation());
    }

    private UserRepresentation representation(String userId) {
        return call("read user", () -> userResource(userId).toRepresentation());
    }

    private void update(String userId, UserRepresentation user) {
        call("update user", () -> {
            userResource(userId).update(user);
            return null;
        });
    }

    private UserResource userResource(String userId) {
        return realm().users().get(userId);
    }

    /** One admin client for the application: it keeps the service account's token and refreshes it. */
    private synchronized RealmResource realm() {
        Matcher realmUrl = REALM.matcher(REALM_URL);
        if (!realmUrl.matches()) {
            throw new KeycloakFailure("DEALERHUB_OIDC_PROVIDER_URL is not a realm URL: " + REALM_URL);
        }
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(realmUrl.group(1)).realm(realmUrl.group(2))
                    .grantType("client_credentials").clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
                    .resteasyClient(ClientBuilder.newBuilder()
                            .connectTimeout(5, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS)
                            .register(JacksonProvider.class)
                            .build())
                    .build();
        }
        return keycloak.realm(realmUrl.group(2));
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** An admin call whose refusal or failure becomes a {@link KeycloakFailure}: the change did not happen. */
    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (WebApplicationException e) {
            Response answer = e.getResponse();
            throw new KeycloakFailure("Keycloak answered " + answer.getStatus() + " to " + what + ": " + bodyOf(answer), e);
        } catch (ProcessingException e) {
            throw new KeycloakFailure("Keycloak unreachable (" + what + "): " + e.getMessage(), e);
        }
    }

    private static void requireSuccess(Response response, String what) {
        if (response.getStatus() / 100 != 2) {
            throw new KeycloakFailure("Keycloak answered " + response.getStatus() + " to " + what + ": " + bodyOf(response));
        }
    }

    private static String bodyOf(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static CredentialRepresentation password(String value, boolean temporary) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(temporary);
        return credential;
    }

    private static Organization organizationOf(OrganizationRepresentation o) {
        return new Organization(o.getId(), o.getAlias(), o.getName() == null ? "" : o.getName(), o.isEnabled());
    }

    private static User userOf(UserRepresentation u) {
        return new User(u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(), u.getLastName(),
                u.isEnabled() == null || u.isEnabled(),
                u.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(u.getCreatedTimestamp()));
    }

    private static String domainOf(String alias) {
        return alias + ".dealers.example";
    }

    /** Keycloak refused or could not be reached: a server-side failure, the change did not happen. */
    public static class KeycloakFailure extends RuntimeException {
        public KeycloakFailure(String message) {
            super(message);
        }

        public KeycloakFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The username is taken. */
    public static class UserExists extends com.dealerhub.common.problem.Conflict {
        public UserExists(String username) {
            super("username " + username + " is taken");
        }
    }
}
