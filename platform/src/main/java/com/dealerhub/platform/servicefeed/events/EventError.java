package com.dealerhub.platform.servicefeed.events;

/** One refused field of one event, named by its path in the batch ({@code events[3].kind}). */
public record EventError(String field, FeedErrorCode code, String message) {
}
