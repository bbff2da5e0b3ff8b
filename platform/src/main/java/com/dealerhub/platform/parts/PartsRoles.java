package com.dealerhub.platform.parts;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;

import java.util.Set;

/**
 * Who works parts. Keycloak has no dealer parts role yet, so a dealer's parts staff are its admins
 * and claims clerks; the OEM's parts department ({@code oem-parts}) keeps stock, allocates and ships.
 */
public final class PartsRoles {

    public static final String OEM_PARTS = "oem-parts";
    public static final String[] DEALER_PARTS_STAFF = {"dealer-admin", "dealer-claims"};

    private static final Set<String> DEALER_STAFF = Set.of(DEALER_PARTS_STAFF);

    private PartsRoles() {
    }

    public static boolean isDealerPartsStaff(Caller caller) {
        return caller.isDealerStaff() && DEALER_STAFF.stream().anyMatch(caller::hasRole);
    }

    public static boolean isOemParts(Caller caller) {
        return caller.isOemStaff() && caller.hasRole(OEM_PARTS);
    }

    public static Caller requireOemParts(Caller caller, String what) {
        if (!isOemParts(caller)) {
            throw new Forbidden("only the OEM's parts department (" + OEM_PARTS + ") " + what);
        }
        return caller;
    }

    public static Caller requireDealerPartsStaff(Caller caller, String what) {
        if (!isDealerPartsStaff(caller)) {
            throw new Forbidden("only the dealer's parts staff (dealer-admin, dealer-claims) " + what);
        }
        return caller;
    }

    /** Everyone in a network reads parts within reach; the platform operator has no network. */
    public static Caller requireNetwork(Caller caller) {
        if (caller.network() == null) {
            throw new Forbidden("parts are read within an OEM network");
        }
        return caller;
    }

    /** Dealer parts staff read their own dealer's parts; OEM staff read within their reach. */
    public static void requireReader(Caller caller) {
        if (!isDealerPartsStaff(caller) && !caller.isOemStaff()) {
            throw new Forbidden("only the dealer's parts staff and OEM staff read parts");
        }
    }
}
