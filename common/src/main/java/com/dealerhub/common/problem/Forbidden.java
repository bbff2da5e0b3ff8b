package com.dealerhub.common.problem;

/** The caller may see the thing but its role may not do this to it. */
public class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message);
    }

    @Override
    public Problem problem() {
        return Problem.of(403, "Forbidden", getMessage());
    }
}
