package com.dealerhub.common.keycloak;

import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Keycloak's user-profile validation refused attributes of a user (answered 400 naming them,
 * e.g. {@code {"field":"firstName","errorMessage":"error-invalid-length-too-long","params":["firstName",null,255]}},
 * or several such under {@code errors}): the request's mistake, a 400 naming each attribute, not
 * a failure of the identity provider. Attribute names are the user's: username, email, firstName, lastName.
 */
public class UserProfileRefusal extends InvalidFields {

    UserProfileRefusal(List<Problem.FieldError> errors) {
        super("Keycloak refused " + errors, errors);
    }

    /** The refusal in a Keycloak answer, if it is a 400 that names the attributes it refused. */
    static Optional<UserProfileRefusal> of(int status, String body) {
        if (status != 400 || body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonValue json;
        try {
            json = JSON.createReader(new StringReader(body)).readValue();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        JsonObject answer = json.asJsonObject();
        List<JsonObject> refused = new ArrayList<>();
        if (answer.get("errors") instanceof JsonArray list) {
            list.stream().filter(e -> e.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject).forEach(refused::add);
        } else {
            refused.add(answer);
        }
        List<Problem.FieldError> errors = refused.stream()
                .filter(e -> e.get("field") instanceof JsonString)
                .map(e -> new Problem.FieldError(e.getString("field"), message(e)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return errors.isEmpty() ? Optional.empty() : Optional.of(new UserProfileRefusal(errors));
    }

    /** Keycloak answers with message keys of its own bundle; these are the ones its default user profile uses. */
    private static String message(JsonObject error) {
        String key = error.getString("errorMessage", "");
        JsonArray params = error.get("params") instanceof JsonArray p ? p : JsonValue.EMPTY_JSON_ARRAY;
        return switch (key) {
            case "error-invalid-length-too-long" -> "may be at most " + param(params, 2, UserProfile.MAX_LENGTH) + " characters";
            case "error-invalid-length-too-short" -> "must be at least " + param(params, 1, 1) + " characters";
            case "error-invalid-length" -> "must be between " + param(params, 1, 0) + " and "
                    + param(params, 2, UserProfile.MAX_LENGTH) + " characters";
            case "error-person-name-invalid-character" -> UserProfile.PERSON_NAME_MESSAGE;
            case "error-username-invalid-character" -> "contains characters not allowed in a username";
            case "error-invalid-email" -> "must be a valid e-mail address";
            case "error-user-attribute-required" -> "is required";
            default -> "was refused by the identity provider (" + (key.isBlank() ? "no reason given" : key) + ")";
        };
    }

    private static String param(JsonArray params, int index, int otherwise) {
        return params.size() > index && params.get(index).getValueType() == JsonValue.ValueType.NUMBER
                ? params.getJsonNumber(index).toString() : String.valueOf(otherwise);
    }
}
