package com.dealerhub.common.problem;

import com.dealerhub.common.keycloak.KeycloakAdmin;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures no rule anticipated, logged with an incident id and answered as a 5xx problem that
 * carries the id and nothing of the internals: 503 when the database or Elasticsearch did not
 * answer (retry), 502 when Keycloak did not, 500 otherwise. Refusals and bad input have their
 * own, more specific mappers, so nothing a client did wrong ends up here.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        if (exception instanceof IOException || exception instanceof SQLException) {
            return Problem.of(503, "Service unavailable", "a backing service did not answer; try again (incident " + incident + ")")
                    .toResponse();
        }
        if (exception instanceof KeycloakAdmin.KeycloakFailure) {
            return Problem.of(502, "Identity provider failure", "the identity provider did not answer as expected; "
                    + "try again (incident " + incident + ")").toResponse();
        }
        return Problem.of(500, "Internal error", "incident " + incident).toResponse();
    }
}
