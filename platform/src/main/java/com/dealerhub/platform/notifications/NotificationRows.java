package com.dealerhub.platform.notifications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a notification as rows of the notification outbox, one per channel of the recipient, each
 * rendered in the recipient's language, and the line that records it on the case's timeline. Runs on
 * the connection of the transaction that decided to notify (a request's, or the deadline scheduler's),
 * so the notification commits or rolls back with that decision; delivery comes after commit.
 */
final class NotificationRows {

    static final String TIMELINE_ACTION = "NOTIFIED";

    private NotificationRows() {
    }

    /** Writes the rows; returns the note for the case's timeline, or null if the recipient has no channel. */
    static String write(Connection connection, UUID caseId, String network, String dealer,
                        Recipient to, Template template, Map<String, String> values) throws SQLException {
        List<Channel> channels = to.channels();
        if (channels.isEmpty()) {
            return null;
        }
        String language = TemplateTexts.language(to.locale());
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO notification (case_id, network_code, dealer_code, template, channel, recipient_name,
                                          recipient_username, address, locale, subject, body, status, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END)""")) {
            for (Channel channel : channels) {
                Message message = TemplateTexts.render(template, channel, to.locale(), values);
                boolean deliveredNow = channel == Channel.INBOX;
                insert.setObject(1, caseId);
                insert.setString(2, network);
                insert.setString(3, dealer);
                insert.setString(4, template.name());
                insert.setString(5, channel.name());
                insert.setString(6, to.name());
                insert.setString(7, to.username());
                insert.setString(8, to.address(channel));
                insert.setString(9, language);
                insert.setString(10, message.subject());
                insert.setString(11, message.body());
                insert.setString(12, deliveredNow ? "SENT" : "PENDING");
                insert.setBoolean(13, deliveredNow);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return note(template, to);
    }

    /** E.g. "COMPLAINT_TO_CUSTOMER by SMS to 138****5678". */
    static String note(Template template, Recipient to) {
        return template.name() + " by " + to.channels().stream().map(Channel::name).collect(Collectors.joining(", "))
                + " to " + to.label();
    }

    /** The timeline line of a notification that no request made (the scheduler's): the case's state stays. */
    static void recordOnTimeline(Connection connection, UUID caseId, String actor, String note) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, from_state, to_state, note)
                SELECT id, network_code, dealer_code, now(), ?, ?, state, state, ? FROM service_case WHERE id = ?""")) {
            insert.setString(1, actor);
            insert.setString(2, TIMELINE_ACTION);
            insert.setString(3, note);
            insert.setObject(4, caseId);
            insert.executeUpdate();
        }
    }
}
