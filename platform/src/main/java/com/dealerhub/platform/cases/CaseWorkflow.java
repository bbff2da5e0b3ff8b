package com.dealerhub.platform.cases;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;

import static com.dealerhub.platform.cases.CaseAction.CLOSE;
import static com.dealerhub.platform.cases.CaseAction.REOPEN;
import static com.dealerhub.platform.cases.CaseAction.RESOLVE;
import static com.dealerhub.platform.cases.CaseAction.START;
import static com.dealerhub.platform.cases.CaseState.CLOSED;
import static com.dealerhub.platform.cases.CaseState.IN_PROGRESS;
import static com.dealerhub.platform.cases.CaseState.OPEN;
import static com.dealerhub.platform.cases.CaseState.RESOLVED;

/**
 * The generic case's workflow: the dealer (or the OEM) works the case (start, resolve); the OEM
 * closes it or sends it back (reopen). Analysts only read. Specific case types declare their own
 * table.
 */
public final class CaseWorkflow {

    /**
     * Roles that work cases. Listed, not excluded: tokens carry other roles too (Keycloak's
     * default roles), and a read-only analyst must stay read-only whatever else it holds.
     */
    static final Who<CaseState> DEALER_WORKERS = Who.dealer("dealer-admin", "dealer-advisor", "dealer-technician", "dealer-claims");
    static final Who<CaseState> OEM_WORKERS = Who.oem("oem-regional-manager", "oem-tac", "oem-claims", "oem-quality",
            "oem-training", "oem-parts", "oem-cac", "oem-it", "oem-regional-vp");

    public static final Workflow<CaseState, CaseAction> TABLE = Workflow.<CaseState, CaseAction>of("case")
            .step(START, OPEN).to(IN_PROGRESS).by(DEALER_WORKERS).add()
            .step(START, OPEN).to(IN_PROGRESS).by(OEM_WORKERS).add()
            .step(RESOLVE, OPEN, IN_PROGRESS).to(RESOLVED).by(DEALER_WORKERS).add()
            .step(RESOLVE, OPEN, IN_PROGRESS).to(RESOLVED).by(OEM_WORKERS).add()
            .step(REOPEN, RESOLVED).to(IN_PROGRESS).by(OEM_WORKERS).add()
            .step(CLOSE, RESOLVED).to(CLOSED).by(OEM_WORKERS).add()
            .build();

    private CaseWorkflow() {
    }

    /** Dealer staff and OEM staff with a working role may open cases and attach files to them. */
    public static void requireMayChangeCases(Caller caller) {
        if (!DEALER_WORKERS.mayEverAct(caller) && !OEM_WORKERS.mayEverAct(caller)) {
            throw new Forbidden("this role may read cases but not change them");
        }
    }
}
