package com.dealerhub.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The framework's own HTTP errors (unknown path, wrong method or media type, a parameter it
 * could not convert) as problem bodies in the API's words: the framework's messages carry its
 * message ids and class names, which tell a client nothing it can use.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** How the framework names a parameter it could not convert, e.g. {@code QueryParam("page")}. */
    private static final Pattern PARAMETER = Pattern.compile("(Query|Header|Form|Matrix|Cookie|Path)Param\\(\"([^\"]+)\"\\)");

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        Matcher parameter = PARAMETER.matcher(String.valueOf(exception.getMessage()));
        if (parameter.find() && !parameter.group(1).equals("Path")) {
            // JAX-RS answers an unconvertible query parameter with 404; it is the request that is wrong.
            return Problem.invalid(List.of(new Problem.FieldError(parameter.group(2), ProblemCode.WRONG_FORM.with())))
                    .toResponse();
        }
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), detailOf(status.getStatusCode())).toResponse();
    }

    static CodedMessage detailOf(int status) {
        return switch (status) {
            case 400 -> ProblemCode.BAD_REQUEST.with();
            case 401 -> ProblemCode.UNAUTHORIZED.with();
            case 403 -> ProblemCode.FORBIDDEN.text("the caller may not do this");
            case 404 -> ProblemCode.NO_SUCH_ADDRESS.with();
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED.with();
            case 406 -> ProblemCode.NOT_ACCEPTABLE.with();
            case 413 -> ProblemCode.REQUEST_TOO_LARGE.with();
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE.with();
            default -> ProblemCode.REQUEST_FAILED.text("the request could not be served");
        };
    }
}
