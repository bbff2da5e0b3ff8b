package com.dealerhub.common.security;

import com.dealerhub.common.problem.Forbidden;

import java.util.Set;

/**
 * Case types that not everyone within reach reads. An account request carries a dealer's
 * staff matters (usernames, e-mail addresses, why an account was locked, the plan to avoid it):
 * like the users page, they are for the dealer's admin, and for head office reviewing them;
 * the dealer's other staff (advisors, technicians, claims clerks) do not read them. Applied to
 * every read of a case: the request itself, the generic case view, its files, lists and search.
 */
public final class RestrictedCaseTypes {

    public static final String ACCOUNT_REQUEST = "ACCOUNT_REQUEST";
    static final String DEALER_ADMIN = "dealer-admin";

    private RestrictedCaseTypes() {
    }

    /** The case types, by name, hidden from this caller even within its reach. */
    public static Set<String> hiddenFrom(Caller caller) {
        return caller.isDealerStaff() && !caller.hasRole(DEALER_ADMIN) ? Set.of(ACCOUNT_REQUEST) : Set.of();
    }

    /** Refuses a caller who may not read cases of this type. */
    public static void requireMayRead(Caller caller, String type) {
        if (hiddenFrom(caller).contains(type)) {
            throw new Forbidden("your role may not read " + type + " cases: they are for the dealer's admin ("
                    + DEALER_ADMIN + ") and head office");
        }
    }
}
