package com.dealerhub.it.bench;

import com.dealerhub.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures the delay from a claim's commit (its API answer) to the moment a search finds it:
 * pending VINs are looked up in Elasticsearch together, every 20 ms.
 */
final class SearchableDelay implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final Latencies delays = new Latencies();
    private volatile boolean running = true;
    private final Thread poller;

    SearchableDelay() {
        poller = Thread.ofPlatform().daemon().name("searchable-poller").start(this::poll);
    }

    /** The claim on this VIN was committed at {@code committedNanos}. */
    void committed(String vin, long committedNanos) {
        pending.put(vin, committedNanos);
    }

    /** Waits until every claim is found (or a limit passes) and returns the delays. */
    Latencies await(long limitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + limitMillis;
        while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        if (!pending.isEmpty()) {
            System.out.printf("  %d claims not searchable within %d ms%n", pending.size(), limitMillis);
        }
        return delays;
    }

    private void poll() {
        while (running) {
            try {
                if (!pending.isEmpty()) {
                    lookUp();
                }
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                System.out.println("  search poll failed: " + e.getMessage());
            }
        }
    }

    private void lookUp() throws Exception {
        var vins = Json.createArrayBuilder();
        pending.keySet().forEach(vins::add);
        String query = Json.createObjectBuilder().add("size", 10_000).add("_source", Json.createArrayBuilder().add("vin"))
                .add("query", Json.createObjectBuilder().add("terms", Json.createObjectBuilder().add("vin", vins))).build().toString();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Stack.elasticsearch() + "/cases/_search"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
        long now = System.nanoTime();
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        for (JsonValue hit : body.getJsonObject("hits").getJsonArray("hits")) {
            String vin = hit.asJsonObject().getJsonObject("_source").getString("vin");
            Long committed = pending.remove(vin);
            if (committed != null) {
                delays.add(now - committed);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
