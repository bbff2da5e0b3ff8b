package com.dealerhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.http.HttpHeaders;

/** An HTTP response: status, headers and body. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonValue json() {
        return Json.createReader(new StringReader(body)).readValue();
    }

    public JsonObject object() {
        return json().asJsonObject();
    }

    public JsonArray array() {
        return json().asJsonArray();
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
