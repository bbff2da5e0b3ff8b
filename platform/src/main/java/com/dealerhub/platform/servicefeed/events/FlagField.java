package com.dealerhub.platform.servicefeed.events;

import jakarta.json.JsonValue;

/** A boolean; omitted means false. */
record FlagField() implements FieldType {

    @Override
    public JsonValue read(JsonValue value) {
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new FieldRefusal(FeedErrorCode.WRONG_TYPE, "must be true or false");
        }
        return value;
    }

    @Override
    public JsonValue absent() {
        return JsonValue.FALSE;
    }
}
