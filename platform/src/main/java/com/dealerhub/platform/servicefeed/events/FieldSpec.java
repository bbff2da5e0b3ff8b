package com.dealerhub.platform.servicefeed.events;

/** One field a kind of event carries. */
record FieldSpec(String name, FieldType type, boolean required) {

    static FieldSpec required(String name, FieldType type) {
        return new FieldSpec(name, type, true);
    }

    static FieldSpec optional(String name, FieldType type) {
        return new FieldSpec(name, type, false);
    }
}
