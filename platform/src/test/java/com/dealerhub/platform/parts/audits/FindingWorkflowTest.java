package com.dealerhub.platform.parts.audits;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.platform.cases.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A finding: the dealer responds with text, the parts department closes it or returns it with a reason. */
class FindingWorkflowTest {

    static final Caller ADMIN = new Caller("da", Set.of("dealer-admin"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    static final Caller PARTS = new Caller("p", Set.of("oem-parts"), "aurora", null, CallerScope.NETWORK, Set.of());
    static final Caller ANALYST = new Caller("a", Set.of("oem-analyst"), "aurora", null, CallerScope.NETWORK, Set.of());

    @Test
    void respondedThenClosedOrReturned() {
        var text = Workflow.Inputs.reason("done");
        assertEquals(FindingState.RESPONDED, FindingWorkflow.TABLE.decide(FindingState.OPEN, FindingAction.RESPOND, ADMIN, text).to());
        assertEquals(FindingState.CLOSED, FindingWorkflow.TABLE.decide(FindingState.RESPONDED, FindingAction.CLOSE, PARTS,
                Workflow.Inputs.none()).to());
        assertEquals(FindingState.OPEN, FindingWorkflow.TABLE.decide(FindingState.RESPONDED, FindingAction.RETURN, PARTS, text).to());
        assertEquals(List.of(FindingAction.RESPOND), FindingWorkflow.TABLE.allowedActions(FindingState.OPEN, ADMIN));
        assertEquals(List.of(FindingAction.RETURN, FindingAction.CLOSE), FindingWorkflow.TABLE.allowedActions(FindingState.RESPONDED, PARTS));
        assertEquals(List.of(), FindingWorkflow.TABLE.allowedActions(FindingState.CLOSED, PARTS));
    }

    @Test
    void refusals() {
        InvalidField noResponse = assertThrows(InvalidField.class,
                () -> FindingWorkflow.TABLE.decide(FindingState.OPEN, FindingAction.RESPOND, ADMIN, Workflow.Inputs.none()));
        assertEquals("text", noResponse.problem().errors().getFirst().field());
        assertThrows(Conflict.class, () -> FindingWorkflow.TABLE.decide(FindingState.OPEN, FindingAction.CLOSE, PARTS, Workflow.Inputs.none()));
        assertThrows(Forbidden.class, () -> FindingWorkflow.TABLE.decide(FindingState.RESPONDED, FindingAction.CLOSE, ADMIN,
                Workflow.Inputs.none()));
        assertThrows(Forbidden.class, () -> FindingWorkflow.TABLE.decide(FindingState.OPEN, FindingAction.RESPOND, ANALYST,
                Workflow.Inputs.reason("x")));
    }
}
