package com.dealerhub.common.json;

import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.web.CleanText;
import com.dealerhub.common.web.InputBounds;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Binds a JSON object to a record's canonical constructor. Every member must be a component
 * of the record and of its type; all problems of one body are reported together, each naming
 * its field by path ({@code lines[2].quantity}). A missing member becomes null (or an empty
 * list); whether it is required is Bean Validation's call.
 */
public final class RecordBinder {

    private RecordBinder() {
    }

    public static <R extends Record> R bind(JsonObject json, Class<R> type) {
        List<Problem.FieldError> errors = new ArrayList<>();
        R result = bind(json, type, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidBody(errors);
        }
        return result;
    }

    private static <R> R bind(JsonObject json, Class<R> type, String path, List<Problem.FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        json.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> errors.add(new Problem.FieldError(path + k, "unknown field")));

        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonValue value = json.get(component.getName());
            values[i] = convert(value, component.getGenericType(), path + component.getName(), errors);
        }
        if (errors.stream().anyMatch(e -> e.field().startsWith(path))) {
            return null;
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            String field = path.isEmpty() ? "body" : path.substring(0, path.length() - 1);
            errors.add(new Problem.FieldError(field, String.valueOf(e.getCause().getMessage())));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object convert(JsonValue value, Type type, String field, List<Problem.FieldError> errors) {
        Class<?> raw = rawClass(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new Problem.FieldError(field, "required"));
                return null;
            }
            return raw == List.class ? List.of() : null;
        }
        try {
            return convertPresent(value, type, raw, field, errors);
        } catch (WrongType e) {
            errors.add(new Problem.FieldError(field, e.getMessage()));
            return null;
        } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
            // Thrown by the number conversions, and by the JSON parser's own limits on number size.
            errors.add(new Problem.FieldError(field, "is out of range"));
            return null;
        }
    }

    private static Object convertPresent(JsonValue value, Type type, Class<?> raw, String field,
                                         List<Problem.FieldError> errors) {
        if (raw == String.class) {
            return string(value, "a string");
        }
        if (raw == Integer.class || raw == int.class) {
            return integral(value).intValueExact();
        }
        if (raw == Long.class || raw == long.class) {
            return integral(value).longValueExact();
        }
        if (raw == BigDecimal.class) {
            if (!(value instanceof JsonNumber n)) {
                throw new WrongType("must be a number");
            }
            BigDecimal number = n.bigDecimalValue();
            return accepted(number, InputBounds.flaw(number));
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value == JsonValue.FALSE) {
                return false;
            }
            throw new WrongType("must be true or false");
        }
        if (raw.isEnum()) {
            return enumValue(raw, string(value, "one of " + enumNames(raw)));
        }
        if (raw == LocalDate.class) {
            LocalDate date;
            try {
                date = LocalDate.parse(string(value, "a date (YYYY-MM-DD)"));
            } catch (DateTimeParseException e) {
                throw new WrongType("must be a date (YYYY-MM-DD)");
            }
            return accepted(date, InputBounds.flaw(date));
        }
        if (raw == Instant.class) {
            Instant instant;
            try {
                instant = Instant.parse(string(value, "a timestamp (ISO-8601, UTC)"));
            } catch (DateTimeParseException e) {
                throw new WrongType("must be a timestamp (ISO-8601, UTC)");
            }
            return accepted(instant, InputBounds.flaw(instant));
        }
        if (raw == UUID.class) {
            try {
                return UUID.fromString(string(value, "a UUID"));
            } catch (IllegalArgumentException e) {
                throw new WrongType("must be a UUID");
            }
        }
        if (raw == List.class) {
            if (!(value instanceof JsonArray array)) {
                throw new WrongType("must be an array");
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                list.add(convert(array.get(i), element, field + "[" + i + "]", errors));
            }
            return list;
        }
        if (raw == JsonObject.class) {
            // Left to the caller to judge member by member (e.g. each event of a DMS batch on its own).
            if (!(value instanceof JsonObject object)) {
                throw new WrongType("must be an object");
            }
            return object;
        }
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw new WrongType("must be an object");
            }
            return bind(object, raw, field + ".", errors);
        }
        throw new IllegalStateException("unsupported request field type " + type + " of " + field);
    }

    private static String string(JsonValue value, String expected) {
        if (!(value instanceof JsonString s)) {
            throw new WrongType("must be " + expected);
        }
        return accepted(s.getString(), CleanText.flaw(s.getString()));
    }

    /** The value, unless a check found a flaw in it. */
    private static <T> T accepted(T value, String flaw) {
        if (flaw != null) {
            throw new WrongType(flaw);
        }
        return value;
    }

    private static BigDecimal integral(JsonValue value) {
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw new WrongType("must be a whole number");
        }
        try {
            return new BigDecimal(n.bigIntegerValueExact());
        } catch (ArithmeticException e) {
            throw new WrongType("must be a whole number");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class<? extends Enum>) type, name);
        } catch (IllegalArgumentException e) {
            throw new WrongType("must be one of " + enumNames(type));
        }
    }

    private static String enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    private static final class WrongType extends RuntimeException {
        WrongType(String message) {
            super(message, null, false, false);
        }
    }

    /** The body's fields do not fit the request. */
    public static final class InvalidBody extends InvalidFields {
        InvalidBody(List<Problem.FieldError> errors) {
            super(errors.toString(), errors);
        }
    }
}
