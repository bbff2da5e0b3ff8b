package com.dealerhub.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bean Validation failures of a request, as a problem naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), codeOf(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid(errors).toResponse();
    }

    /** The violated constraint's code, by its annotation; the validator's own English message is kept. */
    static CodedMessage codeOf(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        Map<String, Object> attributes = descriptor.getAttributes();
        String message = violation.getMessage();
        ProblemCode code;
        Map<String, String> params = new LinkedHashMap<>();
        switch (descriptor.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> code = ProblemCode.REQUIRED;
            case "Size" -> {
                code = ProblemCode.SIZE_BETWEEN;
                params.put("min", String.valueOf(attributes.get("min")));
                params.put("max", String.valueOf(attributes.get("max")));
            }
            case "Min", "DecimalMin" -> {
                code = ProblemCode.AT_LEAST;
                params.put("value", String.valueOf(attributes.get("value")));
            }
            case "Max", "DecimalMax" -> {
                code = ProblemCode.AT_MOST;
                params.put("value", String.valueOf(attributes.get("value")));
            }
            case "Positive" -> code = ProblemCode.POSITIVE;
            case "PositiveOrZero" -> code = ProblemCode.ZERO_OR_MORE;
            case "Pattern" -> code = ProblemCode.WRONG_FORM;
            case "Email" -> code = ProblemCode.EMAIL;
            case "PastOrPresent", "Past" -> code = ProblemCode.NOT_IN_FUTURE;
            default -> code = ProblemCode.INVALID_VALUE;
        }
        return new CodedMessage(code, params, message);
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
