package com.dealerhub.platform.notifications;

/** A rendered notification on one channel: the subject (e-mail) or title (inbox), none for SMS, and the text. */
public record Message(String subject, String body) {
}
