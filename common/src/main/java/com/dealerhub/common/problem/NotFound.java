package com.dealerhub.common.problem;

/**
 * The thing does not exist for this caller. Also what another dealer's or another network's
 * id yields, so that ids cannot be probed.
 */
public class NotFound extends DomainException {

    private final CodedMessage coded;

    public NotFound(String what, Object id) {
        this(ProblemCode.NOT_FOUND.with("what", what, "id", id));
    }

    private NotFound(CodedMessage coded) {
        super(coded.text());
        this.coded = coded;
    }

    @Override
    public Problem problem() {
        return Problem.of(404, "Not found", coded);
    }
}
