package com.dealerhub.platform.notifications;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The delivery worker's rows, on the worker role's datasource (every network). Claiming takes a batch
 * of due PENDING rows with SKIP LOCKED, counts the attempt and leases each row for a while, and
 * commits before anything is sent: no lock is held while a mail server answers, another WildFly
 * instance takes other rows, and a row whose sender crashed is tried again when its lease ends.
 */
@ApplicationScoped
public class PendingNotifications {

    static final int BATCH = 50;

    /** A claimed row, with the attempt it is now on (1 for the first). */
    public record Pending(long id, UUID caseId, String network, String dealer, Channel channel, String address,
                          String subject, String body, int attempt) {
    }

    @Resource(lookup = "java:jboss/datasources/DealerHubWorkerDS")
    DataSource worker;

    public List<Pending> claim() throws SQLException {
        return ScopedJdbc.write(worker, Caller.system(), PendingNotifications::claim);
    }

    private static List<Pending> claim(Connection connection) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement("""
                WITH due AS (
                    SELECT id FROM notification
                    WHERE status = 'PENDING' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE notification n SET attempts = n.attempts + 1, next_attempt_at = now() + ? * interval '1 second'
                FROM due WHERE n.id = due.id
                RETURNING n.id, n.case_id, n.network_code, n.dealer_code, n.channel, n.address, n.subject, n.body, n.attempts""")) {
            claim.setInt(1, BATCH);
            claim.setLong(2, RetrySchedule.LEASE.toSeconds());
            List<Pending> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Pending(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                            Channel.valueOf(rows.getString(5)), rows.getString(6), rows.getString(7), rows.getString(8), rows.getInt(9)));
                }
            }
            return claimed;
        }
    }

    public void sent(Pending pending) throws SQLException {
        ScopedJdbc.write(worker, Caller.system(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE notification SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = ? AND status = 'PENDING'")) {
                update.setLong(1, pending.id());
                return update.executeUpdate();
            }
        });
    }

    /** Records the failure: PENDING again after the schedule's pause, or FAILED if the schedule gives up. */
    public void failed(Pending pending, DeliveryFailure failure) throws SQLException {
        boolean givesUp = RetrySchedule.givesUp(pending.attempt(), failure);
        ScopedJdbc.write(worker, Caller.system(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE notification SET status = ?, last_error = ?, next_attempt_at = now() + ? * interval '1 millisecond'
                    WHERE id = ? AND status = 'PENDING'""")) {
                update.setString(1, givesUp ? "FAILED" : "PENDING");
                update.setString(2, truncate(failure.getMessage()));
                update.setLong(3, RetrySchedule.pauseAfter(pending.attempt()).toMillis());
                update.setLong(4, pending.id());
                return update.executeUpdate();
            }
        });
    }

    private static String truncate(String message) {
        String text = message == null ? "unknown error" : message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
