package com.dealerhub.common.problem;

import java.util.List;

/**
 * The request does not fit the current state of the thing, e.g. a transition not allowed from
 * this state, or a key that already stands for something else (then the field is named).
 */
public class Conflict extends DomainException {

    private final String field;

    public Conflict(String message) {
        this(null, message);
    }

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public Problem problem() {
        return new Problem(409, "Conflict", getMessage(),
                field == null ? List.of() : List.of(new Problem.FieldError(field, getMessage())));
    }
}
