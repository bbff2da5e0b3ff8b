package com.dealerhub.platform.notifications;

/** How a notification reaches its recipient. */
public enum Channel {
    /** The console's inbox of a user: delivered when written. */
    INBOX,
    /** E-mail through the application server's mail session. */
    EMAIL,
    /** A text message through the SMS gateway. */
    SMS
}
