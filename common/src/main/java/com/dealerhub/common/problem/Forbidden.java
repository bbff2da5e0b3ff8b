package com.dealerhub.common.problem;

/** The caller may see the thing but its role may not do this to it. */
public class Forbidden extends DomainException {

    private final CodedMessage coded;

    public Forbidden(String message) {
        this(ProblemCode.FORBIDDEN.text(message));
    }

    public Forbidden(CodedMessage message) {
        super(message.text());
        this.coded = message;
    }

    @Override
    public Problem problem() {
        return Problem.of(403, "Forbidden", coded);
    }
}
