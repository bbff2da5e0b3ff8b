package com.dealerhub.platform.servicefeed.events;

import com.dealerhub.common.web.CleanText;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import static com.dealerhub.common.json.Jsons.JSON;

/** Text of 1 to {@code max} characters, not blank. */
record TextField(int max) implements FieldType {

    static String parse(JsonValue value, int max) {
        if (!(value instanceof JsonString text)) {
            throw new FieldRefusal(FeedErrorCode.WRONG_TYPE, "must be a string");
        }
        String s = text.getString();
        String flaw = CleanText.flaw(s);
        if (flaw != null) {
            throw new FieldRefusal(FeedErrorCode.INVALID_TEXT, flaw);
        }
        if (s.isBlank()) {
            throw new FieldRefusal(FeedErrorCode.REQUIRED, "must not be blank");
        }
        if (s.codePointCount(0, s.length()) > max) {
            throw new FieldRefusal(FeedErrorCode.TOO_LONG, "must be at most " + max + " characters");
        }
        return s;
    }

    @Override
    public JsonValue read(JsonValue value) {
        return JSON.createValue(parse(value, max));
    }
}
