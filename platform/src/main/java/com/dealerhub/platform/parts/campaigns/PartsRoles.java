package com.dealerhub.platform.parts.campaigns;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;

/**
 * Who does what in parts: the OEM's parts department ({@code oem-parts}, head office) pushes, confirms and
 * audits; a dealer's parts staff are its administrators and claims clerks, as Keycloak has no dealer parts role.
 */
public final class PartsRoles {

    public static final String PARTS_DEPARTMENT = "oem-parts";
    public static final String[] DEALER_PARTS_STAFF = {"dealer-admin", "dealer-claims"};

    private PartsRoles() {
    }

    public static Caller requirePartsDepartment(Caller caller, String what) {
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(PARTS_DEPARTMENT)) {
            throw new Forbidden("the parts department (" + PARTS_DEPARTMENT + ") " + what);
        }
        return caller;
    }

    public static Caller requireDealerPartsStaff(Caller caller, String what) {
        if (!caller.isDealerStaff() || java.util.Arrays.stream(DEALER_PARTS_STAFF).noneMatch(caller::hasRole)) {
            throw new Forbidden("a dealer's parts staff (" + String.join(" or ", DEALER_PARTS_STAFF) + ") " + what);
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
}
