package com.dealerhub.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/** Query and path parameters are clean text ({@link CleanText}), checked before any resource reads them. */
@Provider
public class ParameterTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(true));
        check(request.getUriInfo().getQueryParameters(true));
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            String field = CleanText.flaw(name) == null ? name : "query";
            CleanText.require(field, name);
            values.forEach(value -> CleanText.require(field, value));
        });
    }
}
