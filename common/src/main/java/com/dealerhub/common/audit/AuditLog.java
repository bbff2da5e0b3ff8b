package com.dealerhub.common.audit;

import com.dealerhub.common.security.Caller;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Records an administrative change in the transaction that makes it. */
public final class AuditLog {

    private AuditLog() {
    }

    public static void record(Connection connection, Caller by, String network, String action, String targetType,
                              String targetId, JsonObject before, JsonObject after) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO admin_audit (actor, network_code, action, target_type, target_id, before, after)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")) {
            statement.setString(1, by.username());
            statement.setString(2, network);
            statement.setString(3, action);
            statement.setString(4, targetType);
            statement.setString(5, targetId);
            setJson(statement, 6, before);
            setJson(statement, 7, after);
            statement.executeUpdate();
        }
    }

    private static void setJson(PreparedStatement statement, int index, JsonObject value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.toString());
        }
    }
}
