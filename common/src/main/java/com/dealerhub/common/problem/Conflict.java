package com.dealerhub.common.problem;

import java.util.List;

/**
 * The request does not fit the current state of the thing, e.g. a transition not allowed from
 * this state, or a key that already stands for something else (then the field is named).
 */
public class Conflict extends DomainException {

    private final String field;
    private final CodedMessage coded;

    public Conflict(String message) {
        this(null, message);
    }

    public Conflict(String field, String message) {
        this(field, ProblemCode.CONFLICT.text(message));
    }

    public Conflict(CodedMessage message) {
        this(null, message);
    }

    public Conflict(String field, CodedMessage message) {
        super(message.text());
        this.field = field;
        this.coded = message;
    }

    @Override
    public Problem problem() {
        return new Problem(409, "Conflict", getMessage(), coded,
                field == null ? List.of() : List.of(new Problem.FieldError(field, coded)), null);
    }
}
