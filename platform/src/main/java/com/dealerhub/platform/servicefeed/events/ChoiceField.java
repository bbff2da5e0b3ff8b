package com.dealerhub.platform.servicefeed.events;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;

/** One of a fixed list of values. */
record ChoiceField(List<String> values) implements FieldType {

    ChoiceField {
        values = List.copyOf(values);
    }

    @Override
    public JsonValue read(JsonValue value) {
        if (!(value instanceof JsonString text) || !values.contains(text.getString())) {
            throw new FieldRefusal(FeedErrorCode.NOT_ALLOWED, "must be one of " + String.join(", ", values));
        }
        return value;
    }
}
