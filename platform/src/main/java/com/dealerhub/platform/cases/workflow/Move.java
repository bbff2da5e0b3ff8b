package com.dealerhub.platform.cases.workflow;

/** A step the workflow allowed, and the state it leads to. */
public record Move<S extends Enum<S>, A extends Enum<A>>(Step<S, A> step, S from, S to) {

    public A action() {
        return step.action();
    }
}
