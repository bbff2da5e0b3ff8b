package com.dealerhub.common.problem;

import java.util.List;

/** Several fields of the request are invalid, each with its message; nothing was changed. */
public class InvalidFields extends DomainException {

    private final List<Problem.FieldError> errors;

    public InvalidFields(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    @Override
    public Problem problem() {
        return Problem.invalid(errors);
    }
}
