package com.dealerhub.common.tenancy;

import com.dealerhub.common.security.Caller;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Plain JDBC work in one transaction under a caller's row-level security scope. */
public final class ScopedJdbc {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private ScopedJdbc() {
    }

    /** Runs work that changes data; commits if it returns normally, rolls back otherwise. */
    public static <T> T write(DataSource dataSource, Caller caller, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DatabaseScope.apply(connection, caller);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Runs read-only work; the transaction is rolled back afterwards, so nothing can leak out of it. */
    public static <T> T read(DataSource dataSource, Caller caller, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DatabaseScope.apply(connection, caller);
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        }
    }
}
