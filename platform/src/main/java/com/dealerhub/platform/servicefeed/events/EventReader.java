package com.dealerhub.platform.servicefeed.events;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Judges one event of a batch on its own: the common fields, then its kind's fields, every
 * problem named by its path ({@code events[3].vin}) with a stable code. Strict: a member the kind
 * does not have is refused, as everywhere in the API (ADR 0005).
 */
public final class EventReader {

    static final Set<String> COMMON = Set.of("key", "kind", "number", "occurredAt");
    /** How far ahead of the server's clock a DMS's clock may run. */
    static final Duration FUTURE_ALLOWANCE = Duration.ofDays(1);

    /** Either the event or the reasons it was refused. */
    public record Reading(FeedEvent event, List<EventError> errors) {
        public boolean accepted() {
            return event != null;
        }
    }

    private EventReader() {
    }

    /** Reads {@code events[index]}, received at {@code now}. */
    public static Reading read(JsonObject json, int index, Instant now) {
        String path = "events[" + index + "].";
        List<EventError> errors = new ArrayList<>();
        String key = common(json, "key", path, errors, v -> TextField.parse(v, 100));
        FeedKind kind = common(json, "kind", path, errors, EventReader::kind);
        String number = common(json, "number", path, errors, v -> TextField.parse(v, 50));
        Instant occurredAt = common(json, "occurredAt", path, errors, InstantField::parse);
        if (occurredAt != null && occurredAt.isAfter(now.plus(FUTURE_ALLOWANCE))) {
            errors.add(new EventError(path + "occurredAt", FeedErrorCode.IN_FUTURE,
                    "must not be more than a day after the server's time (" + now + ")"));
        }
        if (kind == null) {
            return new Reading(null, errors);
        }
        JsonObject fields = kindFields(json, kind, path, errors);
        return errors.isEmpty() ? new Reading(new FeedEvent(key, kind, number, occurredAt, fields, json), List.of())
                : new Reading(null, errors);
    }

    private static JsonObject kindFields(JsonObject json, FeedKind kind, String path, List<EventError> errors) {
        Set<String> known = kind.fields().stream().map(FieldSpec::name).collect(Collectors.toSet());
        json.keySet().stream().filter(name -> !COMMON.contains(name) && !known.contains(name)).sorted()
                .forEach(name -> errors.add(new EventError(path + name, FeedErrorCode.UNKNOWN_FIELD,
                        "is not a field of " + kind)));
        JsonObjectBuilder fields = JSON.createObjectBuilder();
        for (FieldSpec spec : kind.fields()) {
            JsonValue value = json.get(spec.name());
            if (value == null || value == JsonValue.NULL) {
                if (spec.required()) {
                    errors.add(new EventError(path + spec.name(), FeedErrorCode.REQUIRED, "required for " + kind));
                } else if (spec.type().absent() != null) {
                    fields.add(spec.name(), spec.type().absent());
                }
                continue;
            }
            try {
                fields.add(spec.name(), spec.type().read(value));
            } catch (FieldRefusal refusal) {
                errors.add(new EventError(path + spec.name(), refusal.code(), refusal.getMessage()));
            }
        }
        return fields.build();
    }

    private interface Parser<T> {
        T parse(JsonValue value);
    }

    private static <T> T common(JsonObject json, String name, String path, List<EventError> errors, Parser<T> parser) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            errors.add(new EventError(path + name, FeedErrorCode.REQUIRED, "required"));
            return null;
        }
        try {
            return parser.parse(value);
        } catch (FieldRefusal refusal) {
            errors.add(new EventError(path + name, refusal.code(), refusal.getMessage()));
            return null;
        }
    }

    private static FeedKind kind(JsonValue value) {
        if (value instanceof JsonString text) {
            for (FeedKind kind : FeedKind.values()) {
                if (kind.name().equals(text.getString())) {
                    return kind;
                }
            }
        }
        throw new FieldRefusal(FeedErrorCode.UNKNOWN_KIND, "must be one of " + Arrays.toString(FeedKind.values()));
    }

    /** What the event says of itself, for the result of a refused one: its text value, if it has one. */
    public static String textOf(JsonObject json, String name) {
        return json.get(name) instanceof JsonString text ? text.getString() : null;
    }
}
