package com.dealerhub.common.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * An RFC 9457 problem body. Field errors name the offending field in {@code errors[].field}
 * (and, for a single field, in the top-level {@code field} member) so that clients can show
 * the message next to it.
 */
public record Problem(int status, String title, String detail, List<FieldError> errors, String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = List.copyOf(errors);
    }

    public Problem(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, null);
    }

    /** The same problem, carrying the id under which the server logged what happened. */
    public Problem withIncident(String id) {
        return new Problem(status, title, detail, errors, id);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, List.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid";
        return new Problem(400, "Invalid request", detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }

    public String toJson() {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
            if (errors.size() == 1) {
                body.add("field", errors.getFirst().field());
            }
        }
        if (incident != null) {
            body.add("incident", incident);
        }
        return body.build().toString();
    }
}
