package com.dealerhub.platform.accountrequests;

import com.dealerhub.common.keycloak.KeycloakAdmin;
import com.dealerhub.common.problem.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.util.List;

/** Carries out a processed request on this platform's own accounts, in Keycloak. */
@ApplicationScoped
public class PlatformAccounts {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();

    @Inject
    KeycloakAdmin keycloak;

    /** Applies the request; for a new account returns its one-time password, otherwise null. */
    String apply(String dealer, String network, AccountRequestDetails details) {
        String organization = keycloak.organization(dealer)
                .orElseThrow(() -> new Conflict("dealer " + dealer + " has no organization in the identity provider")).id();
        return switch (details.kind()) {
            case UNLOCK -> {
                String user = memberNamed(organization, details.username());
                keycloak.clearLock(user);
                keycloak.setEnabled(user, true);
                yield null;
            }
            case CREATE -> {
                String password = temporaryPassword();
                var existing = keycloak.userNamed(details.username()).filter(u -> keycloak.isMember(organization, u.id()));
                if (existing.isPresent()) {
                    // Processed before, but that transaction was lost: finish it with a fresh one-time password.
                    keycloak.replaceRealmRoles(existing.get().id(), AccountRequestDetails.DEALER_ROLES, details.roles());
                    keycloak.resetPassword(existing.get().id(), password, true);
                } else {
                    keycloak.createMember(organization, new KeycloakAdmin.NewUser(details.username(), details.email(),
                            details.username(), dealer, network, password, true, details.roles()));
                }
                yield password;
            }
            case CHANGE_PERMISSIONS -> {
                keycloak.replaceRealmRoles(memberNamed(organization, details.username()),
                        AccountRequestDetails.DEALER_ROLES, details.roles());
                yield null;
            }
        };
    }

    /** Usernames of the dealer's admins (station manager, GM). */
    List<String> dealerAdmins(String dealer) {
        return keycloak.organization(dealer)
                .map(o -> keycloak.members(o.id()).stream()
                        .filter(u -> keycloak.realmRoles(u.id()).contains(AccountRequestWorkflow.DEALER_ADMIN))
                        .map(KeycloakAdmin.User::username).sorted().toList())
                .orElse(List.of());
    }

    private String memberNamed(String organization, String username) {
        return keycloak.userNamed(username)
                .filter(u -> keycloak.isMember(organization, u.id()))
                .map(KeycloakAdmin.User::id)
                .orElseThrow(() -> new Conflict("the dealer has no platform account " + username));
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder("Tmp-");
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
