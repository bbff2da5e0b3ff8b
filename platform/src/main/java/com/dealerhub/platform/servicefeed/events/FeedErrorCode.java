package com.dealerhub.platform.servicefeed.events;

/** Why a field of a feed event was refused; stable names a DMS may act on. */
public enum FeedErrorCode {
    /** A required field is missing or null. */
    REQUIRED,
    /** The value is of the wrong JSON type or format (e.g. a time without offset). */
    WRONG_TYPE,
    /** Text longer than the field allows. */
    TOO_LONG,
    /** Text that is not text a person could have typed (control characters, invalid UTF-8). */
    INVALID_TEXT,
    /** A number below zero, or too large, or with too many decimals; a time outside 1900–2199. */
    OUT_OF_RANGE,
    /** A value outside the field's list of values. */
    NOT_ALLOWED,
    /** {@code kind} is not one of the feed's record kinds. */
    UNKNOWN_KIND,
    /** A member the event's kind does not have. */
    UNKNOWN_FIELD,
    /** Not a VIN: 17 characters, digits and the letters ISO 3779 allows (no I, O, Q). */
    INVALID_VIN,
    /** {@code occurredAt} more than a day after the server's time. */
    IN_FUTURE,
    /** The key was used before, by this dealer, for different content. */
    KEY_REUSED
}
