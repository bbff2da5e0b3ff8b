package com.dealerhub.common.security;

import com.dealerhub.common.problem.Failures;
import com.dealerhub.common.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.io.IOException;
import java.sql.SQLException;

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
        try {
            filter(request, response, chain);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            // Whatever escaped the application (a backing service down while checking the dealer, an
            // error no mapper handles) is answered as a problem body, never as the container's error page.
            if (response.isCommitted()) {
                throw failure;
            }
            response.reset();
            ProblemWriter.write(response, Failures.problemFor(failure instanceof FilterChainFailure f ? f.getCause() : failure));
        }
    }

    private void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
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
        } catch (SQLException e) {
            ProblemWriter.write(response, Failures.problemFor(e));
            return;
        }
        CurrentCaller.runAs(caller, () -> {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException e) {
                throw new FilterChainFailure(e);
            }
        });
    }

    private static final class FilterChainFailure extends RuntimeException {
        FilterChainFailure(Exception cause) {
            super(cause);
        }
    }
}
