package com.dealerhub.common.problem;

import com.dealerhub.common.keycloak.KeycloakAdmin;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure no rule anticipated: logged with an incident id, answered as a 5xx problem
 * carrying that id and nothing of the internals. Domain refusals and bad input have their own
 * mappers (JAX-RS picks the most specific), so nothing the client did wrong ends up here.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        if (exception instanceof KeycloakAdmin.KeycloakFailure) {
            return Problem.of(502, "Identity provider failure", "the identity provider did not complete the change; "
                    + "nothing was changed here (incident " + incident + ")").toResponse();
        }
        return Problem.of(500, "Internal error", "incident " + incident).toResponse();
    }
}
