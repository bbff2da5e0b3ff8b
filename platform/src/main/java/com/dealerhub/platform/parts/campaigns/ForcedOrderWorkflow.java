package com.dealerhub.platform.parts.campaigns;

import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;

/**
 * A forced order (a PARTS_ORDER case of kind FORCED): the parts department's push ships it; the dealer's
 * parts staff confirm what they received. The parts order's own table takes these rows over when orders
 * get it: it is not declared to the work queue here, so as not to claim the PARTS_ORDER type.
 */
public final class ForcedOrderWorkflow {

    public static final Workflow<ForcedOrderState, ForcedOrderAction> TABLE =
            Workflow.<ForcedOrderState, ForcedOrderAction>of("forced parts order")
                    .step(ForcedOrderAction.RECEIVE, ForcedOrderState.SHIPPED).to(ForcedOrderState.RECEIVED)
                    .by(Who.dealer(PartsRoles.DEALER_PARTS_STAFF)).add()
                    .build();

    private ForcedOrderWorkflow() {
    }
}
