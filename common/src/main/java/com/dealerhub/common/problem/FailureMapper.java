package com.dealerhub.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures no rule anticipated, answered as {@link Failures} decides. Refusals and bad input have
 * their own, more specific mappers, so nothing a client did wrong ends up here.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Exception> {

    @Override
    public Response toResponse(Exception exception) {
        return Failures.problemFor(exception).toResponse();
    }
}
