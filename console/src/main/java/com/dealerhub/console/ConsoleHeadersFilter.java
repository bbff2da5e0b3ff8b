package com.dealerhub.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every console response. The page itself is always revalidated, so a new
 * release reaches users at once; its scripts and styles have content-hashed names and are cached.
 */
@WebFilter("/*")
public class ConsoleHeadersFilter extends HttpFilter {

    private static final ConsoleSettings SETTINGS = ConsoleSettings.of(System.getenv("DEALERHUB_OIDC_PROVIDER_URL"),
            System.getenv("DEALERHUB_CONSOLE_CLIENT_ID"));

    static ConsoleSettings settings() {
        return SETTINGS;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", SETTINGS.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Cache-Control", path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        chain.doFilter(request, response);
    }
}
