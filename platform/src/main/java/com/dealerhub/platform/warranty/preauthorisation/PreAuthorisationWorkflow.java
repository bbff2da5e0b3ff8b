package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.warranty.preauthorisation.PreAuthorisation.State;

/** A TAC pre-authorisation's workflow: the regional TAC grants a requested one or refuses it, with a reason. */
public final class PreAuthorisationWorkflow {

    public enum Action { GRANT, REFUSE }

    /** Who asks the TAC for a pre-authorisation. */
    static final Who<State> REQUESTER = Who.dealer("dealer-claims", "dealer-admin", "dealer-technician");
    private static final Who<State> TAC = Who.oem("oem-tac");

    public static final Workflow<State, Action> TABLE = Workflow.<State, Action>of("pre-authorisation").reasonIn("note")
            .step(Action.GRANT, State.REQUESTED).to(State.GRANTED).by(TAC).add()
            .step(Action.REFUSE, State.REQUESTED).to(State.REFUSED).by(TAC).withReason().add()
            .build();

    private PreAuthorisationWorkflow() {
    }
}
