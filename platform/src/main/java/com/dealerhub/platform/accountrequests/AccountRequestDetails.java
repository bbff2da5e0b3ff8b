package com.dealerhub.platform.accountrequests;

import com.dealerhub.common.problem.InvalidField;

import java.util.List;
import java.util.Set;

/**
 * What a dealer asks for, checked against the rules that hold whatever its history:
 * an unlock says why the account was locked and how that will not happen again; a new
 * account or a change of permissions names dealer roles only.
 */
public record AccountRequestDetails(AccountRequestKind kind, TargetSystem system, String username, String email,
                                    List<String> roles, String lockReason, String improvementPlan) {

    public static final Set<String> DEALER_ROLES = Set.of("dealer-admin", "dealer-advisor", "dealer-technician", "dealer-claims");

    public AccountRequestDetails {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Fails with the first field that breaks a rule. */
    public void requireComplete() {
        switch (kind) {
            case UNLOCK -> {
                requireText("lockReason", lockReason, "an unlock request must say why the account was locked");
                requireText("improvementPlan", improvementPlan, "an unlock request must give the improvement plan");
            }
            case CREATE -> {
                requireText("email", email, "a new account needs an email address");
                requireDealerRoles();
            }
            case CHANGE_PERMISSIONS -> requireDealerRoles();
        }
    }

    private void requireDealerRoles() {
        if (roles.isEmpty()) {
            throw new InvalidField("roles", "name the dealer roles the account should hold");
        }
        List<String> foreign = roles.stream().filter(r -> !DEALER_ROLES.contains(r)).toList();
        if (!foreign.isEmpty()) {
            throw new InvalidField("roles", "only dealer roles may be requested; refused: " + foreign);
        }
    }

    private static void requireText(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, message);
        }
    }
}
