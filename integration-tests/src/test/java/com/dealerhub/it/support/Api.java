package com.dealerhub.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Calls the DealerHub API as a demo user, with a token obtained from Keycloak. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final String username;

    private Api(String username) {
        this.username = username;
    }

    /** Calls as this demo user. */
    public static Api as(String username) {
        return new Api(username);
    }

    /** Calls without any token. */
    public static Api anonymous() {
        return new Api(null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply upload(String path, String contentType, byte[] content) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public byte[] download(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply withToken(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(Stack.wildfly() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Stack.wildfly() + path)).timeout(Duration.ofSeconds(30));
        if (username != null) {
            builder.header("Authorization", "Bearer " + token(username));
        }
        return builder;
    }

    /** A fresh-enough access token of a demo user (tokens live 15 minutes; the cache is per run). */
    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, Api::obtainToken);
    }

    private static String obtainToken(String username) {
        Reply reply = login(username, Stack.demoPassword());
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + reply);
        }
        return reply.object().getString("access_token");
    }

    /** A password login at Keycloak, as a user's script would do it; 200 with tokens, or Keycloak's refusal. */
    public static Reply login(String username, String password) {
        String form = "grant_type=password&client_id=dealerhub-cli&username=" + encode(username)
                + "&password=" + encode(password);
        return send(HttpRequest.newBuilder(URI.create(Stack.keycloak() + "/realms/dealerhub/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
