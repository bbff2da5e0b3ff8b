package com.dealerhub.platform.cases;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.sla.CaseDeadlines;
import com.dealerhub.platform.cases.workflow.Move;
import com.dealerhub.platform.cases.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Takes a step of a case by its type's workflow table, in the caller's transaction: decides it (or
 * refuses it), moves the case and records it on the timeline, and applies the step's clock effects
 * under the case variant's policies. A pause waits in the step's target state, with the note as its reason.
 */
@ApplicationScoped
public class CaseSteps {

    @Inject
    CaseDeadlines deadlines;

    public <S extends Enum<S>, A extends Enum<A>> Move<S, A> take(Workflow<S, A> table, Class<S> states, ServiceCase serviceCase,
                                                                 A action, Workflow.Inputs inputs, String variant, String note,
                                                                 Instant at) {
        Caller caller = CurrentCaller.require();
        Move<S, A> move = table.decide(Enum.valueOf(states, serviceCase.state()), action, caller, inputs);
        serviceCase.take(move, caller.username(), note, at);
        deadlines.apply(serviceCase, variant, move.step().clocks(), move.to().name(), note, at);
        return move;
    }
}
