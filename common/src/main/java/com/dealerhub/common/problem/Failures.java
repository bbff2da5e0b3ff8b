package com.dealerhub.common.problem;

import com.dealerhub.common.keycloak.KeycloakAdmin;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a failure no rule anticipated means for the client, judged by its whole cause chain
 * (Hibernate, the transaction manager and the connection pool each wrap the cause they got):
 * a backing service that did not answer is 503 (try again), a value the database refused 400, the
 * identity provider's failure 502, anything else 500. The answer carries an incident id, logged with the stack trace, and
 * nothing of the internals.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    /** SQLSTATE classes that say the database could not be reached or could not serve now. */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57");

    private Failures() {
    }

    /** Logs the failure under a new incident id and returns the problem to answer with. */
    public static Problem problemFor(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        if (isOutage(failure)) {
            return Problem.of(503, "Service unavailable", ProblemCode.SERVICE_UNAVAILABLE.with()).withIncident(incident);
        }
        if (isRefusedData(failure)) {
            return Problem.of(400, "Invalid request", ProblemCode.DATA_REFUSED.with()).withIncident(incident);
        }
        if (causeOf(failure, KeycloakAdmin.KeycloakFailure.class) != null) {
            return Problem.of(502, "Identity provider failure", ProblemCode.IDENTITY_PROVIDER_FAILURE.with())
                    .withIncident(incident);
        }
        return Problem.of(500, "Internal error", ProblemCode.INTERNAL_ERROR.with()).withIncident(incident);
    }

    /** True when somewhere in the chain a backing service could not be reached. */
    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || isResourceFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database refused a value (SQLSTATE class 22, data exception: out of range, NUL in text).
     * Input checks are meant to stop such values first; one that slipped through is still the
     * request's fault, not the server's.
     */
    static boolean isRefusedData(Throwable failure) {
        SQLException sql = causeOf(failure, SQLException.class);
        return sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }

    /** The connection pool's own failure (no connection to be had), known by name: common does not depend on JCA. */
    private static boolean isResourceFailure(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("jakarta.resource.ResourceException")) {
                return true;
            }
        }
        return false;
    }

    /** No SQLSTATE at all comes from the driver or the pool failing to connect. */
    private static boolean unavailable(String sqlState) {
        return sqlState == null || (sqlState.length() >= 2 && UNAVAILABLE_CLASSES.contains(sqlState.substring(0, 2)));
    }

    static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
