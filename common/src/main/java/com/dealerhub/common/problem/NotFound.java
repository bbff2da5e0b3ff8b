package com.dealerhub.common.problem;

/**
 * The thing does not exist for this caller. Also what another dealer's or another network's
 * id yields, so that ids cannot be probed.
 */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }

    @Override
    public Problem problem() {
        return Problem.of(404, "Not found", getMessage());
    }
}
