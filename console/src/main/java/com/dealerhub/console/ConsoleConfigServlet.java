package com.dealerhub.console;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The console reads its login settings from here when it starts. */
@WebServlet("/config.json")
public class ConsoleConfigServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleSettings settings = ConsoleHeadersFilter.settings();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("url", settings.authServerUrl())
                .add("realm", settings.realm())
                .add("clientId", settings.clientId())
                .build().toString());
    }
}
