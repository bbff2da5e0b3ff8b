package com.dealerhub.platform.parts.campaigns;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A forced order is received by the dealer's parts staff, once; the OEM and other dealer roles may not. */
class ForcedOrderWorkflowTest {

    static final Caller CLAIMS = new Caller("c", Set.of("dealer-claims"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller ADMIN = new Caller("a", Set.of("dealer-admin"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller TECH = new Caller("t", Set.of("dealer-technician"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller PARTS = new Caller("p", Set.of("oem-parts"), "aurora", null, CallerScope.NETWORK, Set.of());

    @Test
    void theDealersPartsStaffReceiveAShippedOrderOnce() {
        for (Caller caller : List.of(CLAIMS, ADMIN)) {
            assertEquals(ForcedOrderState.RECEIVED, ForcedOrderWorkflow.TABLE.decide(ForcedOrderState.SHIPPED,
                    ForcedOrderAction.RECEIVE, caller, Workflow.Inputs.none()).to());
            assertEquals(List.of(ForcedOrderAction.RECEIVE), ForcedOrderWorkflow.TABLE.allowedActions(ForcedOrderState.SHIPPED, caller));
        }
        assertThrows(Conflict.class, () -> ForcedOrderWorkflow.TABLE.decide(ForcedOrderState.RECEIVED, ForcedOrderAction.RECEIVE,
                CLAIMS, Workflow.Inputs.none()));
        assertThrows(Forbidden.class, () -> ForcedOrderWorkflow.TABLE.decide(ForcedOrderState.SHIPPED, ForcedOrderAction.RECEIVE,
                TECH, Workflow.Inputs.none()));
        assertThrows(Forbidden.class, () -> ForcedOrderWorkflow.TABLE.decide(ForcedOrderState.SHIPPED, ForcedOrderAction.RECEIVE,
                PARTS, Workflow.Inputs.none()));
    }
}
