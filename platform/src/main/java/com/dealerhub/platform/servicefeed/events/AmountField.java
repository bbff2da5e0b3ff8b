package com.dealerhub.platform.servicefeed.events;

import com.dealerhub.common.web.InputBounds;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

import java.math.BigDecimal;

import static com.dealerhub.common.json.Jsons.JSON;

/** An amount of money: a decimal, zero or more. */
record AmountField() implements FieldType {

    @Override
    public JsonValue read(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            throw new FieldRefusal(FeedErrorCode.WRONG_TYPE, "must be a number");
        }
        BigDecimal amount = number.bigDecimalValue();
        String flaw = InputBounds.flaw(amount);
        if (flaw != null) {
            throw new FieldRefusal(FeedErrorCode.OUT_OF_RANGE, flaw);
        }
        if (amount.signum() < 0) {
            throw new FieldRefusal(FeedErrorCode.OUT_OF_RANGE, "must be zero or more");
        }
        return JSON.createValue(amount);
    }
}
