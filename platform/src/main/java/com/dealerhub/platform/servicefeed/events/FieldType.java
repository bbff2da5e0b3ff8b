package com.dealerhub.platform.servicefeed.events;

import jakarta.json.JsonValue;

/** How one field of an event is read: a present, non-null value becomes its canonical form, or is refused. */
sealed interface FieldType permits InstantField, FlagField, AmountField, CountField, TextField, ChoiceField, VinField {

    /** The canonical value; throws {@link FieldRefusal} when the value is not one of this type. */
    JsonValue read(JsonValue value);

    /** What an absent optional field stands for in the document (a flag's false), or null for "absent". */
    default JsonValue absent() {
        return null;
    }
}
