package com.dealerhub.common.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page of each WAR (see its web.xml): answers the errors the container raises itself,
 * outside the application's own mappers (a missing or invalid bearer token, an address it cannot
 * decode, an error escaping a filter), with a problem body instead of the container's HTML page.
 */
@WebServlet("/errors")
public class ContainerErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Problem problem;
        if (failure instanceof Throwable t) {
            problem = Failures.problemFor(t);
        } else {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i ? i : 500;
            problem = Problem.of(status, reasonOf(status), WebApplicationExceptionMapper.detailOf(status));
        }
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        ProblemWriter.write(response, problem);
    }

    private static String reasonOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Error";
        };
    }
}
