package com.dealerhub.platform.cases;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;

import java.util.Map;
import java.util.Set;

/**
 * The generic case's state machine: the dealer works the case (start, resolve); the OEM
 * closes it or sends it back (reopen). Analysts only read. Specific case types replace this
 * with their own workflow and approval chain.
 */
public final class CaseWorkflow {

    private record Transition(Set<CaseState> from, CaseState to, boolean byDealer, boolean byOem) {
    }

    private static final Map<CaseAction, Transition> TRANSITIONS = Map.of(
            CaseAction.START, new Transition(Set.of(CaseState.OPEN), CaseState.IN_PROGRESS, true, true),
            CaseAction.RESOLVE, new Transition(Set.of(CaseState.OPEN, CaseState.IN_PROGRESS), CaseState.RESOLVED, true, true),
            CaseAction.REOPEN, new Transition(Set.of(CaseState.RESOLVED), CaseState.IN_PROGRESS, false, true),
            CaseAction.CLOSE, new Transition(Set.of(CaseState.RESOLVED), CaseState.CLOSED, false, true));

    /**
     * Roles that work cases. Listed, not excluded: tokens carry other roles too (Keycloak's
     * default roles), and a read-only analyst must stay read-only whatever else it holds.
     */
    private static final Set<String> WORKING_ROLES = Set.of(
            "dealer-admin", "dealer-advisor", "dealer-technician", "dealer-claims",
            "oem-regional-manager", "oem-tac", "oem-claims", "oem-quality", "oem-training", "oem-parts", "oem-cac",
            "oem-it", "oem-regional-vp");

    private CaseWorkflow() {
    }

    /** The state the action leads to, or an error saying why this caller may not take it now. */
    public static CaseState next(CaseState current, CaseAction action, Caller caller) {
        Transition transition = TRANSITIONS.get(action);
        requireMayChangeCases(caller);
        if (caller.isDealerStaff() ? !transition.byDealer() : !transition.byOem()) {
            throw new Forbidden("a " + (caller.isDealerStaff() ? "dealer" : "OEM") + " user may not " + action + " a case");
        }
        if (!transition.from().contains(current)) {
            throw new Conflict("cannot " + action + " a case that is " + current);
        }
        return transition.to();
    }

    /** Dealer staff and OEM staff with a working role may open and change cases. */
    public static void requireMayChangeCases(Caller caller) {
        boolean working = (caller.isDealerStaff() || caller.isOemStaff())
                && caller.roles().stream().anyMatch(WORKING_ROLES::contains);
        if (!working) {
            throw new Forbidden("this role may read cases but not change them");
        }
    }
}
