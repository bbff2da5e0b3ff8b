package com.dealerhub.common.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * An RFC 9457 problem body. Field errors name the offending field in {@code errors[].field}
 * (and, for a single field, in the top-level {@code field} member) so that clients can show
 * the message next to it. The body and each field error carry a stable {@code code} with its
 * {@code params} ({@link ProblemCode}) besides the English {@code detail} or {@code message}, for
 * clients to say it in their user's language.
 */
public record Problem(int status, String title, String detail, CodedMessage coded, List<FieldError> errors, String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field's error: the English message, and its code with parameters. */
    public record FieldError(String field, String message, ProblemCode code, Map<String, String> params) {

        public FieldError {
            params = new CodedMessage(code, params, message).params();
        }

        /** A message nothing more specific was written for, under the generic code. */
        public FieldError(String field, String message) {
            this(field, CodedMessage.generic(message));
        }

        public FieldError(String field, CodedMessage message) {
            this(field, message.text(), message.code(), message.params());
        }

        public CodedMessage coded() {
            return new CodedMessage(code, params, message);
        }
    }

    public Problem {
        errors = List.copyOf(errors);
        if (coded == null) {
            coded = forStatus(status).text(detail);
        }
    }

    public Problem(int status, String title, CodedMessage detail) {
        this(status, title, detail.text(), detail, List.of(), null);
    }

    public Problem(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, null, errors, null);
    }

    /** The same problem, carrying the id under which the server logged what happened. */
    public Problem withIncident(String id) {
        return new Problem(status, title, detail, coded, errors, id);
    }

    /** A problem whose detail has no code of its own: it gets the generic code of its status. */
    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, List.of());
    }

    public static Problem of(int status, String title, CodedMessage detail) {
        return new Problem(status, title, detail);
    }

    public static Problem invalid(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError only = errors.getFirst();
            return new Problem(400, "Invalid request", only.field() + ": " + only.message(), only.coded(), errors, null);
        }
        CodedMessage many = ProblemCode.INVALID_FIELDS.with("count", errors.size());
        return new Problem(400, "Invalid request", many.text(), many, errors, null);
    }

    public ProblemCode code() {
        return coded.code();
    }

    public Map<String, String> params() {
        return coded.params();
    }

    private static ProblemCode forStatus(int status) {
        return switch (status) {
            case 403 -> ProblemCode.FORBIDDEN;
            case 409 -> ProblemCode.CONFLICT;
            default -> status >= 500 ? ProblemCode.REQUEST_FAILED : ProblemCode.INVALID_REQUEST;
        };
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }

    public String toJson() {
        return toJsonObject().toString();
    }

    /** The RFC 9457 body, as answered and as embedded in a batch's result for one refused item. */
    public JsonObject toJsonObject() {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        body.add("code", coded.code().name()).add("params", params(coded.params()));
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field())
                    .add("code", e.code().name()).add("params", params(e.params())).add("message", e.message())));
            body.add("errors", list);
            if (errors.size() == 1) {
                body.add("field", errors.getFirst().field());
            }
        }
        if (incident != null) {
            body.add("incident", incident);
        }
        return body.build();
    }

    private static JsonObjectBuilder params(Map<String, String> params) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        params.forEach(object::add);
        return object;
    }
}
