package com.dealerhub.common.problem;

/** The request does not fit the current state of the thing, e.g. a transition not allowed from this state. */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }

    @Override
    public Problem problem() {
        return Problem.of(409, "Conflict", getMessage());
    }
}
