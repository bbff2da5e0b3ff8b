package com.dealerhub.common.problem;

import java.util.List;

/** One field of the request is invalid; nothing was changed. */
public class InvalidField extends DomainException {

    private final String field;
    private final CodedMessage coded;

    /** A message nothing more specific was written for: it carries the generic code. */
    public InvalidField(String field, String message) {
        this(field, CodedMessage.generic(message));
    }

    public InvalidField(String field, CodedMessage message) {
        super(field + ": " + message.text());
        this.field = field;
        this.coded = message;
    }

    public String field() {
        return field;
    }

    @Override
    public Problem problem() {
        return Problem.invalid(List.of(new Problem.FieldError(field, coded)));
    }
}
