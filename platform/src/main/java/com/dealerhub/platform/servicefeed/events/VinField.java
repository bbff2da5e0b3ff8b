package com.dealerhub.platform.servicefeed.events;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.regex.Pattern;

/** A vehicle identification number: 17 characters, digits and capital letters other than I, O and Q (ISO 3779). */
record VinField() implements FieldType {

    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    @Override
    public JsonValue read(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            throw new FieldRefusal(FeedErrorCode.WRONG_TYPE, "must be a string");
        }
        if (!VIN.matcher(text.getString()).matches()) {
            throw new FieldRefusal(FeedErrorCode.INVALID_VIN,
                    "must be 17 characters, digits and capital letters other than I, O and Q");
        }
        return value;
    }
}
