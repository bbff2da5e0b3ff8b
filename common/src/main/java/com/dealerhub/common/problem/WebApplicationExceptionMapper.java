package com.dealerhub.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The framework's own HTTP errors (unknown path, wrong method or media type) as problem bodies. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        Response.StatusType status = response.getStatusInfo();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), exception.getMessage()).toResponse();
    }
}
