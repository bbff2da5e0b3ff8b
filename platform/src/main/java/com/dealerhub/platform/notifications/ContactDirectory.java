package com.dealerhub.platform.notifications;

import com.dealerhub.platform.tenancy.Dealer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds who holds a duty for a dealer: a contact of the dealer itself first, then of its region,
 * then of the whole network. Plain JDBC, so that requests (through their JPA connection) and the
 * deadline scheduler (on the worker's) share it.
 */
final class ContactDirectory {

    private ContactDirectory() {
    }

    static Optional<Recipient> find(Connection connection, Dealer dealer, Duty duty) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT username, name, email, mobile, locale FROM notification_contact
                WHERE network_code = ? AND duty = ?
                  AND (dealer_code = ? OR region_code = ? OR (dealer_code IS NULL AND region_code IS NULL))
                ORDER BY dealer_code IS NULL, region_code IS NULL
                LIMIT 1""")) {
            query.setString(1, dealer.network());
            query.setString(2, duty.name());
            query.setString(3, dealer.code());
            query.setString(4, dealer.region());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Recipient(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        Locale.forLanguageTag(row.getString(5))));
            }
        }
    }
}
