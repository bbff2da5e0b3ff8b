package com.dealerhub.platform.cases.workflow;

/** Where a step leads: a state, or the next step of the case's approval chain (its end when none is left). */
public sealed interface Target<S> {

    record State<S>(S state) implements Target<S> {
    }

    record NextApprovalStep<S>() implements Target<S> {
    }

    /** The state after the current approver, as the case's own approval chain says. */
    @FunctionalInterface
    interface Chain<S> {
        S afterCurrentStep();
    }
}
