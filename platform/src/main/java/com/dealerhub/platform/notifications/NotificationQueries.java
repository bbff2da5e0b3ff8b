package com.dealerhub.platform.notifications;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads notifications within the caller's row-level security scope: its inbox, a case's deliveries, the local SMS gateway. */
@TenantService
public class NotificationQueries {

    static final int INBOX_SIZE = 100;
    static final int SMS_PAGE = 200;
    /** Head office's customer assistance centre and IT read what the local SMS gateway took. */
    static final Set<String> SMS_READERS = Set.of("oem-cac", "oem-it");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess cases;

    public NotificationViews.Inbox inbox() {
        String username = CurrentCaller.require().username();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            long unread;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM notification WHERE channel = 'INBOX' AND recipient_username = ? AND read_at IS NULL")) {
                count.setString(1, username);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    unread = row.getLong(1);
                }
            }
            List<NotificationViews.InboxItem> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT n.id, n.case_id, c.number, n.template, n.subject, n.body, n.created_at, n.read_at
                    FROM notification n LEFT JOIN service_case c ON c.id = n.case_id
                    WHERE n.channel = 'INBOX' AND n.recipient_username = ? ORDER BY n.id DESC LIMIT ?""")) {
                query.setString(1, username);
                query.setInt(2, INBOX_SIZE);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        items.add(new NotificationViews.InboxItem(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), instant(rows.getTimestamp(7)),
                                instant(rows.getTimestamp(8))));
                    }
                }
            }
            return new NotificationViews.Inbox(unread, items);
        });
    }

    /** Marks one of the caller's own inbox entries read; anyone else's answers "not found". */
    public void markRead(long id) {
        String username = CurrentCaller.require().username();
        int found = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE notification SET read_at = COALESCE(read_at, now())
                    WHERE id = ? AND channel = 'INBOX' AND recipient_username = ?""")) {
                update.setLong(1, id);
                update.setString(2, username);
                return update.executeUpdate();
            }
        });
        if (found == 0) {
            throw new NotFound("notification", id);
        }
    }

    /** Every notification of a case within the caller's reach (else "not found"), oldest first. */
    public List<NotificationViews.CaseNotification> ofCase(UUID caseId) {
        cases.load(caseId);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, template, channel, recipient_name, address, status, attempts, last_error, created_at, sent_at
                    FROM notification WHERE case_id = ? ORDER BY id""")) {
                query.setObject(1, caseId);
                List<NotificationViews.CaseNotification> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Channel channel = Channel.valueOf(rows.getString(3));
                        String address = channel == Channel.SMS ? PhoneMask.mask(rows.getString(5)) : rows.getString(5);
                        found.add(new NotificationViews.CaseNotification(rows.getLong(1), rows.getString(2), channel,
                                rows.getString(4), address, rows.getString(6), rows.getInt(7), rows.getString(8),
                                instant(rows.getTimestamp(9)), instant(rows.getTimestamp(10))));
                    }
                }
                return found;
            }
        });
    }

    /** The local SMS gateway's messages in the caller's network, newest first, of one case if asked. */
    public List<NotificationViews.SmsMessage> smsMessages(UUID caseId) {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || SMS_READERS.stream().noneMatch(caller::hasRole)) {
            throw new Forbidden("head office's customer assistance centre and IT read the SMS gateway");
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT s.id, s.case_id, c.number, s.dealer_code, s.phone, s.text, s.sent_at
                    FROM sms_message s LEFT JOIN service_case c ON c.id = s.case_id
                    WHERE s.network_code = ? AND (?::uuid IS NULL OR s.case_id = ?::uuid)
                    ORDER BY s.id DESC LIMIT ?""")) {
                query.setString(1, caller.network());
                query.setObject(2, caseId);
                query.setObject(3, caseId);
                query.setInt(4, SMS_PAGE);
                List<NotificationViews.SmsMessage> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new NotificationViews.SmsMessage(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), instant(rows.getTimestamp(7))));
                    }
                }
                return found;
            }
        });
    }

    static Instant instant(Timestamp timestamp) throws SQLException {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
