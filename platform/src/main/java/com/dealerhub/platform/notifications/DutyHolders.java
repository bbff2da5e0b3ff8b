package com.dealerhub.platform.notifications;

import com.dealerhub.platform.tenancy.Dealer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Notifies whoever holds a duty for a dealer from background work, on its own connection (the
 * worker role's, in the SYSTEM scope): the deadline scheduler, certificate expiry reminders. The
 * rows commit with the work that decided to notify.
 */
public final class DutyHolders {

    private DutyHolders() {
    }

    /**
     * Writes the notification about the case to the dealer's holder of the duty; returns the note
     * for the case's timeline, or empty if nobody holds the duty or the holder has no channel.
     */
    public static Optional<String> notify(Connection connection, UUID caseId, Dealer dealer, Duty duty, Template template,
                                          Map<String, String> values) throws SQLException {
        Optional<Recipient> holder = ContactDirectory.find(connection, dealer, duty);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(NotificationRows.write(connection, caseId, dealer.network(), dealer.code(), holder.get(),
                template, values));
    }
}
