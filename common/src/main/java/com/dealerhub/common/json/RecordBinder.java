package com.dealerhub.common.json;

import com.dealerhub.common.problem.CodedMessage;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.ProblemCode;
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
                .forEach(k -> errors.add(new Problem.FieldError(path + k, ProblemCode.UNKNOWN_FIELD.with())));

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
                errors.add(new Problem.FieldError(field, ProblemCode.REQUIRED.with()));
                return null;
            }
            return raw == List.class ? List.of() : null;
        }
        try {
            return convertPresent(value, type, raw, field, errors);
        } catch (WrongType e) {
            errors.add(new Problem.FieldError(field, e.message));
            return null;
        } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
            // Thrown by the number conversions, and by the JSON parser's own limits on number size.
            errors.add(new Problem.FieldError(field, ProblemCode.OUT_OF_RANGE.with()));
            return null;
        }
    }

    private static Object convertPresent(JsonValue value, Type type, Class<?> raw, String field,
                                         List<Problem.FieldError> errors) {
        if (raw == String.class) {
            return string(value, ProblemCode.MUST_BE_TEXT.with());
        }
        if (raw == Integer.class || raw == int.class) {
            return integral(value).intValueExact();
        }
        if (raw == Long.class || raw == long.class) {
            return integral(value).longValueExact();
        }
        if (raw == BigDecimal.class) {
            if (!(value instanceof JsonNumber n)) {
                throw new WrongType(ProblemCode.MUST_BE_NUMBER.with());
            }
            BigDecimal number = n.bigDecimalValue();
            return accepted(number, InputBounds.check(number));
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value == JsonValue.FALSE) {
                return false;
            }
            throw new WrongType(ProblemCode.MUST_BE_BOOLEAN.with());
        }
        if (raw.isEnum()) {
            return enumValue(raw, string(value, ProblemCode.MUST_BE_ONE_OF.with("values", enumNames(raw))));
        }
        if (raw == LocalDate.class) {
            LocalDate date;
            try {
                date = LocalDate.parse(string(value, ProblemCode.MUST_BE_DATE.with()));
            } catch (DateTimeParseException e) {
                throw new WrongType(ProblemCode.MUST_BE_DATE.with());
            }
            return accepted(date, InputBounds.check(date));
        }
        if (raw == Instant.class) {
            Instant instant;
            try {
                instant = Instant.parse(string(value, ProblemCode.MUST_BE_TIMESTAMP.with()));
            } catch (DateTimeParseException e) {
                throw new WrongType(ProblemCode.MUST_BE_TIMESTAMP.with());
            }
            return accepted(instant, InputBounds.check(instant));
        }
        if (raw == UUID.class) {
            try {
                return UUID.fromString(string(value, ProblemCode.MUST_BE_UUID.with()));
            } catch (IllegalArgumentException e) {
                throw new WrongType(ProblemCode.MUST_BE_UUID.with());
            }
        }
        if (raw == List.class) {
            if (!(value instanceof JsonArray array)) {
                throw new WrongType(ProblemCode.MUST_BE_ARRAY.with());
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
                throw new WrongType(ProblemCode.MUST_BE_OBJECT.with());
            }
            return object;
        }
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw new WrongType(ProblemCode.MUST_BE_OBJECT.with());
            }
            return bind(object, raw, field + ".", errors);
        }
        throw new IllegalStateException("unsupported request field type " + type + " of " + field);
    }

    /** The string, or the refusal {@code notAString} when the value is something else. */
    private static String string(JsonValue value, CodedMessage notAString) {
        if (!(value instanceof JsonString s)) {
            throw new WrongType(notAString);
        }
        return accepted(s.getString(), CleanText.check(s.getString()));
    }

    /** The value, unless a check found a flaw in it. */
    private static <T> T accepted(T value, CodedMessage flaw) {
        if (flaw != null) {
            throw new WrongType(flaw);
        }
        return value;
    }

    private static BigDecimal integral(JsonValue value) {
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw new WrongType(ProblemCode.MUST_BE_WHOLE_NUMBER.with());
        }
        try {
            return new BigDecimal(n.bigIntegerValueExact());
        } catch (ArithmeticException e) {
            throw new WrongType(ProblemCode.MUST_BE_WHOLE_NUMBER.with());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class<? extends Enum>) type, name);
        } catch (IllegalArgumentException e) {
            throw new WrongType(ProblemCode.MUST_BE_ONE_OF.with("values", enumNames(type)));
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
        private final CodedMessage message;

        WrongType(CodedMessage message) {
            super(message.text(), null, false, false);
            this.message = message;
        }
    }

    /** The body's fields do not fit the request. */
    public static final class InvalidBody extends InvalidFields {
        InvalidBody(List<Problem.FieldError> errors) {
            super(errors.toString(), errors);
        }
    }
}
