package com.dealerhub.common.security;

import com.dealerhub.common.tenancy.ScopedJdbc;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether a dealer may use the platform right now. Asked on every request of dealer staff,
 * so suspending a dealer shuts out its users at once, tokens already issued included.
 */
final class SuspendedDealers {

    private final DataSource dataSource;

    SuspendedDealers() {
        try {
            dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/DealerHubDS");
        } catch (NamingException e) {
            throw new IllegalStateException("the DealerHub datasource is not bound", e);
        }
    }

    /** True unless the dealer exists in the caller's network and is active. */
    boolean shutsOut(Caller caller) throws SQLException {
        return ScopedJdbc.read(dataSource, caller, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT status FROM dealer WHERE code = ? AND network_code = ?")) {
                statement.setString(1, caller.dealer());
                statement.setString(2, caller.network());
                try (ResultSet rows = statement.executeQuery()) {
                    return !(rows.next() && "ACTIVE".equals(rows.getString(1)));
                }
            }
        });
    }
}
