package com.dealerhub.common.problem;

import java.util.List;

/** One field of the request is invalid; nothing was changed. */
public class InvalidField extends DomainException {

    private final String field;

    public InvalidField(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Problem problem() {
        return Problem.invalid(List.of(new Problem.FieldError(field, getMessage().substring(field.length() + 2))));
    }
}
