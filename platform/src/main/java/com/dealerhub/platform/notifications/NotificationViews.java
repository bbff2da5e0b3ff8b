package com.dealerhub.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the notification API answers. */
public final class NotificationViews {

    private NotificationViews() {
    }

    /** A caller's own inbox, newest first, with how many are unread. */
    public record Inbox(long unread, List<InboxItem> items) {
    }

    public record InboxItem(long id, UUID caseId, String caseNumber, String template, String title, String body,
                            Instant at, Instant readAt) {
    }

    /** One notification of a case on one channel, with its delivery status. Mobile numbers are masked. */
    public record CaseNotification(long id, String template, Channel channel, String recipient, String address,
                                   String status, int attempts, String lastError, Instant createdAt, Instant sentAt) {
    }

    /** A message the local SMS gateway took. */
    public record SmsMessage(long id, UUID caseId, String caseNumber, String dealer, String phone, String text, Instant sentAt) {
    }

    /** Who holds a duty for a dealer, a region, or (neither) the whole network. */
    public record Contact(String dealer, String region, Duty duty, String name, String username, String email,
                          String mobile, String locale) {
    }
}
