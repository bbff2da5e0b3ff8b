package com.dealerhub.platform.servicefeed.events;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

import java.math.BigInteger;

import static com.dealerhub.common.json.Jsons.JSON;

/** A whole number, zero or more (mileage, days). */
record CountField() implements FieldType {

    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    @Override
    public JsonValue read(JsonValue value) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new FieldRefusal(FeedErrorCode.WRONG_TYPE, "must be a whole number");
        }
        BigInteger count;
        try {
            count = number.bigIntegerValueExact();
        } catch (ArithmeticException e) {
            throw new FieldRefusal(FeedErrorCode.WRONG_TYPE, "must be a whole number");
        }
        if (count.signum() < 0 || count.compareTo(MAX) > 0) {
            throw new FieldRefusal(FeedErrorCode.OUT_OF_RANGE, "must be between 0 and " + MAX);
        }
        return JSON.createValue(count.intValue());
    }
}
