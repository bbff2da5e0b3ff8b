package com.dealerhub.platform.notifications;

import java.util.UUID;

/** One text message: the number and text a gateway needs, and the notification and case it belongs to. */
public record Sms(long notificationId, UUID caseId, String network, String dealer, String phone, String text) {
}
