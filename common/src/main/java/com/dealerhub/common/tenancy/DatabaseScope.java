package com.dealerhub.common.tenancy;

import com.dealerhub.common.security.Caller;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.TreeSet;

/**
 * The second tenancy wall: PostgreSQL row-level security reads the caller's reach from
 * transaction-local settings, set here at the start of every transaction. With no setting
 * the policies show nothing, so a forgotten call fails closed.
 *
 * <p>The database function {@code dealerhub_enter_scope} takes the scope (a
 * {@link com.dealerhub.common.security.CallerScope} name), network, dealer and regions
 * (comma-separated) and sets them, with the dealers of those regions, as
 * {@code dealerhub.*} settings; the policies are in the platform's migrations. It refuses the
 * SYSTEM scope to a role that is not trusted with it (only the worker role is, not the role that
 * serves requests), and the policies ignore a SYSTEM setting made by any other means.
 */
public final class DatabaseScope {

    /** Sets the transaction-local settings; see the platform's migrations. */
    private static final String SET_SCOPE = "SELECT public.dealerhub_enter_scope(?, ?, ?, ?)";

    private DatabaseScope() {
    }

    /** Applies the caller's scope to the current transaction of this entity manager. */
    public static void apply(EntityManager em, Caller caller) {
        var query = em.createNativeQuery(SET_SCOPE);
        String[] values = settings(caller);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.getSingleResult();
    }

    /** Applies the caller's scope to the current transaction of a plain connection (autocommit off). */
    public static void apply(Connection connection, Caller caller) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
            String[] values = settings(caller);
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.execute();
        }
    }

    static String[] settings(Caller caller) {
        return new String[]{
                caller.scope().name(),
                caller.network() == null ? "" : caller.network(),
                caller.dealer() == null ? "" : caller.dealer(),
                String.join(",", new TreeSet<>(caller.regions()))
        };
    }
}
