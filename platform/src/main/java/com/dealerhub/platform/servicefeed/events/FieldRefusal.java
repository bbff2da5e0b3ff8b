package com.dealerhub.platform.servicefeed.events;

/** A field's value refused by its type: the code and the message, without the path (the reader adds it). */
final class FieldRefusal extends RuntimeException {

    private final FeedErrorCode code;

    FieldRefusal(FeedErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    FeedErrorCode code() {
        return code;
    }
}
