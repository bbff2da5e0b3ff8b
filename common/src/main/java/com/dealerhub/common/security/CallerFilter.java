package com.dealerhub.common.security;

import com.dealerhub.common.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.io.IOException;

/**
 * Binds the caller of every API request to the request's thread. Runs after the container
 * has authenticated the bearer token; the claims are read from the token the container
 * validated (never from a request header, which a client could send twice).
 */
@WebFilter(urlPatterns = "/api/*")
public class CallerFilter extends HttpFilter {

    private SuspendedDealers suspendedDealers;

    @Override
    public void init() {
        suspendedDealers = new SuspendedDealers();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller;
        try {
            caller = AccessTokenClaims.callerOf(principal.getOidcSecurityContext().getTokenString());
        } catch (AccessTokenClaims.InvalidTokenClaims e) {
            ProblemWriter.write(response, 403, "Forbidden", e.getMessage());
            return;
        }
        try {
            if (caller.isDealerStaff() && suspendedDealers.shutsOut(caller)) {
                ProblemWriter.write(response, 403, "Dealer suspended", "dealer " + caller.dealer() + " may not use the platform");
                return;
            }
        } catch (java.sql.SQLException e) {
            throw new ServletException("cannot check the caller's dealer", e);
        }
        try {
            CurrentCaller.runAs(caller, () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new FilterChainFailure(e);
                }
            });
        } catch (FilterChainFailure e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    private static final class FilterChainFailure extends RuntimeException {
        FilterChainFailure(Exception cause) {
            super(cause);
        }
    }
}
