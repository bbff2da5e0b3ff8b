package com.dealerhub.platform.parts.audits;

import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.parts.PartsRoles;

/**
 * An audit finding tracked to closure: the dealer responds (what it did about it); the parts department closes
 * it, or returns it for a better response. Findings are rows of their audit with this table, not cases: they
 * have no clock, no approval chain and no documents of their own, and are read together with their audit.
 */
public final class FindingWorkflow {

    public static final Workflow<FindingState, FindingAction> TABLE = Workflow.<FindingState, FindingAction>of("audit finding").reasonIn("text")
            .step(FindingAction.RESPOND, FindingState.OPEN).to(FindingState.RESPONDED)
                .by(Who.dealer(PartsRoles.DEALER_PARTS_STAFF)).withReason().add()
            .step(FindingAction.RETURN, FindingState.RESPONDED).to(FindingState.OPEN)
                .by(Who.oem(PartsRoles.OEM_PARTS)).withReason().add()
            .step(FindingAction.CLOSE, FindingState.RESPONDED).to(FindingState.CLOSED)
                .by(Who.oem(PartsRoles.OEM_PARTS)).add()
            .build();

    private FindingWorkflow() {
    }
}
