package com.dealerhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail the stack's SMTP server (GreenMail) received, read through its REST API. */
public final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Mailbox() {
    }

    /** The mails held for an address whose subject contains the text (e.g. a case number). */
    public static List<JsonObject> about(String address, String text) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(Stack.greenmail() + "/api/user/" + address + "/messages/INBOX")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of();
            }
            return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("subject", "").contains(text))
                    .toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for at least one such mail, or fails after the limit. */
    public static List<JsonObject> await(String address, String text, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        List<JsonObject> found = about(address, text);
        while (found.isEmpty() && System.nanoTime() < end) {
            Cases.sleep(500);
            found = about(address, text);
        }
        assertThat(found).as("mail to %s about %s within %s", address, text, limit).isNotEmpty();
        return found;
    }
}
