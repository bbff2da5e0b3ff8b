package com.dealerhub.tenantadmin.users;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.keycloak.KeycloakAdmin;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * A dealer admin (station manager or GM) manages the accounts of its own dealer, and only
 * those: another dealer's users are "not found", and only dealer roles can be granted.
 * Accounts live in Keycloak as members of the dealer's organization.
 */
@ApplicationScoped
public class DealerUsers {

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    @Inject
    KeycloakAdmin keycloak;

    public List<DealerUserView> list(Caller caller, String dealer) {
        String organization = organizationAdministeredBy(caller, dealer);
        return keycloak.members(organization).stream().map(u -> view(u.id())).toList();
    }

    public DealerUserView get(Caller caller, String dealer, String userId) {
        return view(memberOf(caller, dealer, userId));
    }

    public DealerUserView create(Caller caller, String dealer, NewUserRequest request) throws SQLException {
        String organization = organizationAdministeredBy(caller, dealer);
        List<String> foreign = request.roles().stream().filter(r -> !DealerRoles.ALL.contains(r)).toList();
        if (!foreign.isEmpty()) {
            throw new InvalidField("roles", "only dealer roles may be granted " + DealerRoles.ALL.stream().sorted().toList()
                    + "; refused: " + foreign);
        }
        boolean temporary = request.temporaryPassword() == null || request.temporaryPassword();
        String id = keycloak.createMember(organization, new KeycloakAdmin.NewUser(request.username(), request.email(),
                request.firstName(), request.lastName(), caller.network(), request.initialPassword(), temporary,
                request.roles().stream().distinct().toList()));
        DealerUserView created = view(id);
        audit(caller, "USER_CREATED", created, null, json(created));
        return created;
    }

    public DealerUserView setEnabled(Caller caller, String dealer, String userId, boolean enabled) throws SQLException {
        String id = memberOf(caller, dealer, userId);
        DealerUserView before = view(id);
        if (!enabled && before.username().equals(caller.username())) {
            throw new Conflict("a dealer admin cannot disable its own account");
        }
        keycloak.setEnabled(id, enabled);
        DealerUserView after = view(id);
        audit(caller, enabled ? "USER_ENABLED" : "USER_DISABLED", after, json(before), json(after));
        return after;
    }

    public DealerUserView resetPassword(Caller caller, String dealer, String userId, PasswordResetRequest request) throws SQLException {
        String id = memberOf(caller, dealer, userId);
        keycloak.resetPassword(id, request.password(), request.temporary() == null || request.temporary());
        DealerUserView after = view(id);
        audit(caller, "USER_PASSWORD_RESET", after, null, null);
        return after;
    }

    /** The organization id of the dealer, if the caller is that dealer's admin; otherwise not found or forbidden. */
    private String organizationAdministeredBy(Caller caller, String dealer) {
        if (!caller.isDealerStaff() || !dealer.equals(caller.dealer())) {
            throw new NotFound("dealer", dealer);
        }
        if (!caller.hasRole(DealerRoles.ADMIN)) {
            throw new Forbidden("only the dealer's admin (station manager or GM) manages its accounts");
        }
        return keycloak.organization(dealer).orElseThrow(() -> new NotFound("dealer", dealer)).id();
    }

    /** The user, if it is a member of the caller's dealer and holds dealer roles only. */
    private String memberOf(Caller caller, String dealer, String userId) {
        String organization = organizationAdministeredBy(caller, dealer);
        if (!keycloak.isMember(organization, userId)) {
            throw new NotFound("user", userId);
        }
        if (keycloak.realmRoles(userId).stream().anyMatch(DealerRoles::isBeyondDealer)) {
            throw new Forbidden("this account holds roles beyond the dealer's; head office manages it");
        }
        return userId;
    }

    private DealerUserView view(String id) {
        KeycloakAdmin.User user = keycloak.user(id);
        KeycloakAdmin.LockStatus lock = keycloak.lockStatus(id);
        return new DealerUserView(user.id(), user.username(), user.email(), user.firstName(), user.lastName(),
                user.enabled(), keycloak.realmRoles(id).stream().filter(DealerRoles.ALL::contains).sorted().toList(),
                lock.locked(), lock.failures(), keycloak.lastLogin(id).orElse(null), user.created());
    }

    private void audit(Caller caller, String action, DealerUserView user, JsonObject before, JsonObject after) throws SQLException {
        ScopedJdbc.write(dataSource, caller, connection -> {
            AuditLog.record(connection, caller, caller.network(), action, "user", user.username(), before, after);
            return null;
        });
    }

    private static JsonObject json(DealerUserView u) {
        var roles = JSON.createArrayBuilder();
        u.roles().forEach(roles::add);
        return JSON.createObjectBuilder().add("username", u.username()).add("email", u.email())
                .add("enabled", u.enabled()).add("roles", roles).build();
    }
}
