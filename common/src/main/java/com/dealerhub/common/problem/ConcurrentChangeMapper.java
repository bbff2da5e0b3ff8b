package com.dealerhub.common.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Someone changed the same thing at the same moment: nothing of this request was kept; reload and retry. */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problem.of(409, "Changed concurrently", ProblemCode.CHANGED_CONCURRENTLY.with())
                .toResponse();
    }
}
