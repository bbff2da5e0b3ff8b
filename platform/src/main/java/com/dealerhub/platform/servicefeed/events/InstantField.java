package com.dealerhub.platform.servicefeed.events;

import com.dealerhub.common.web.InputBounds;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import static com.dealerhub.common.json.Jsons.JSON;

/** An instant, ISO-8601 with its offset ({@code 2026-03-02T09:30:00+08:00}); stored in UTC. */
record InstantField() implements FieldType {

    static Instant parse(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            throw new FieldRefusal(FeedErrorCode.WRONG_TYPE, "must be a time, ISO-8601 with offset");
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.getString()).toInstant();
        } catch (DateTimeParseException e) {
            throw new FieldRefusal(FeedErrorCode.WRONG_TYPE, "must be a time, ISO-8601 with offset (2026-03-02T09:30:00+08:00)");
        }
        String flaw = InputBounds.flaw(instant);
        if (flaw != null) {
            throw new FieldRefusal(FeedErrorCode.OUT_OF_RANGE, flaw);
        }
        return instant;
    }

    @Override
    public JsonValue read(JsonValue value) {
        return JSON.createValue(parse(value).toString());
    }
}
