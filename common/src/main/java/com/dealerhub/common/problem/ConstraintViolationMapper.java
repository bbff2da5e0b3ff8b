package com.dealerhub.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of a request, as a problem naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid(errors).toResponse();
    }

    /** "create.request.subject" → "subject"; query parameters keep their own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean inBean = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, BEAN -> { }
                case CONTAINER_ELEMENT -> appendIndex(field, node);
                case PARAMETER -> {
                    inBean = false;
                    field.setLength(0);
                    field.append(node.getName());
                }
                default -> {
                    if (inBean) {
                        appendIndex(field, node);
                    }
                    if (!inBean) {
                        field.setLength(0);
                        inBean = true;
                    } else {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.toString();
    }

    /** A node inside a list carries the element's index, which belongs to the list named before it. */
    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.isInIterable() && node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        }
    }
}
