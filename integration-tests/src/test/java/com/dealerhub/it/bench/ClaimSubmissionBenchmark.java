package com.dealerhub.it.bench;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Stack;
import com.dealerhub.it.support.Vins;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Claim submission on the local stack, as a dealer system does it: one claim per request to
 * the DMS batch endpoint, drafted, auto-adjudicated and submitted in one transaction.
 * <ol>
 *   <li>a 100,000-VIN campaign import, and the raw JDBC insert rate of the same rows as a claim
 *       submission writes, same concurrency, same run (first, on a quiet stack);</li>
 *   <li>sustained throughput: {@code concurrency} senders back to back for {@code seconds};</li>
 *   <li>latency at a fixed rate ({@code rate} claims/s, open loop), with the delay from each
 *       claim's commit until a search finds it;</li>
 * </ol>
 * Run with {@code bin/dealerhub bench}; see README.md.
 */
public final class ClaimSubmissionBenchmark {

    private static final List<String> CLERKS = List.of("aurora-e01-claims", "aurora-e02-claims", "aurora-s01-claims",
            "borealis-e01-claims", "borealis-e02-claims", "borealis-s01-claims");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong failures = new AtomicLong();
    private final int perRequest;
    private final ServiceCpu cpu = new ServiceCpu(System.getProperty("bench.pids"));

    private ClaimSubmissionBenchmark(int perRequest) {
        this.perRequest = perRequest;
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        int rate = Integer.getInteger("bench.rate", 200);
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        int perRequest = Integer.getInteger("bench.perRequest", 1);
        new ClaimSubmissionBenchmark(perRequest).run(seconds, rate, concurrency);
    }

    private void run(int seconds, int rate, int concurrency) throws Exception {
        CLERKS.forEach(Api::token);
        System.out.printf("Claim submission benchmark: %d s per phase, %d senders, %d claim(s) per request, fixed rate %d claims/s%n",
                seconds, concurrency, perRequest, rate);

        // The yardsticks first, on a quiet stack; the open loop last, as it may leave a backlog behind.
        double importSeconds = campaignImport(100_000);
        ServiceCpu.Snapshot beforeRaw = cpu.snapshot();
        RawJdbcInserts.Result raw = RawJdbcInserts.run(seconds, concurrency, "aurora", "aurora-w04");
        String rawCpu = cpu.snapshot().perClaim(beforeRaw, raw.claims());

        prepare(10 * 400 / perRequest);
        closedLoop(Math.min(10, seconds), concurrency, null);
        prepare(seconds * 400 / perRequest);
        Latencies throughput = new Latencies();
        ServiceCpu.Snapshot beforeSustained = cpu.snapshot();
        double sustained = closedLoop(seconds, concurrency, throughput);
        String sustainedCpu = cpu.snapshot().perClaim(beforeSustained, (long) throughput.count() * perRequest);

        prepare(seconds * rate / perRequest);
        // The indexer works off the sustained phase's claims before the fixed rate starts.
        Thread.sleep(10_000);
        Latencies atRate = new Latencies();
        Latencies searchable;
        double achieved;
        try (SearchableDelay delay = new SearchableDelay()) {
            achieved = openLoop(seconds, rate, atRate, delay);
            searchable = delay.await(30_000);
        }
        // Deleting the raw rows sets autovacuum going; only once nothing else is measured.
        raw.cleanUp();

        System.out.println();
        System.out.printf("sustained submissions        %8.1f claims/s   (%s)%n", sustained, throughput.summary());
        System.out.printf("raw JDBC, same rows          %8.1f claims/s   -> API at %.0f%% of raw (target >= 50%%)%n",
                raw.perSecond(), 100 * sustained / raw.perSecond());
        System.out.printf("CPU ms per claim, sustained  %s%n", sustainedCpu);
        System.out.printf("CPU ms per claim, raw JDBC   %s%n", rawCpu);
        System.out.printf("latency at %d claims/s      %s   (target p99 < 100 ms; answered at %.1f claims/s)%n",
                rate, atRate.summary(), achieved);
        System.out.printf("commit to searchable         %s   (target p99 < 1500 ms)%n", searchable.summary());
        System.out.printf("campaign VIN import          100,000 VINs in %.1f s (one request, checked and stored)%n", importSeconds);
        System.out.printf("failed requests              %d%n", failures.get());
    }

    /** Senders back to back; returns claims per second. */
    private double closedLoop(int seconds, int senders, Latencies latencies) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        for (int i = 0; i < senders; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    if (send(nextClaim()).join() != null) {
                        done.addAndGet(perRequest);
                        if (latencies != null) {
                            latencies.add(System.nanoTime() - sent);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** One request every perRequest/rate seconds whatever the answers take; returns the claims/s the answers came at. */
    private double openLoop(int seconds, int rate, Latencies latencies, SearchableDelay delay) throws InterruptedException {
        long start = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        long total = (long) seconds * rate / perRequest;
        AtomicLong sentCount = new AtomicLong();
        ticker.scheduleAtFixedRate(() -> {
            if (sentCount.incrementAndGet() > total) {
                return;
            }
            Claim claim = nextClaim();
            long sent = System.nanoTime();
            inFlight.add(send(claim).thenAccept(answered -> {
                if (answered != null) {
                    latencies.add(answered - sent);
                    delay.committed(claim.vin(), answered);
                }
            }));
        }, 0, 1_000_000L * perRequest / rate, TimeUnit.MICROSECONDS);
        while (sentCount.get() < total) {
            Thread.sleep(100);
        }
        ticker.shutdown();
        inFlight.forEach(CompletableFuture::join);
        return latencies.count() * perRequest / ((System.nanoTime() - start) / 1e9);
    }

    /** Publishes a campaign and imports {@code count} VINs into it in one request; returns the seconds the import took. */
    private double campaignImport(int count) throws Exception {
        String code = "BENCH-" + System.currentTimeMillis();
        String campaign = "{\"code\":\"" + code + "\",\"title\":\"Benchmark recall\",\"laborOperations\":[\"RC-901\"],"
                + "\"parts\":[\"P-90001\"],\"validFrom\":\"" + java.time.LocalDate.now() + "\",\"validTo\":\""
                + java.time.LocalDate.now().plusMonths(6) + "\"}";
        var published = Api.as("aurora-claims").post("/platform/api/warranty/campaigns", campaign);
        if (published.status() != 201) {
            throw new IllegalStateException("campaign not published: " + published);
        }
        StringBuilder vins = new StringBuilder(count * 18);
        for (int i = 0; i < count; i++) {
            vins.append(Vins.random()).append('\n');
        }
        byte[] body = vins.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        var imported = Api.as("aurora-claims").upload("/platform/api/warranty/campaigns/" + code + "/vehicles", "text/plain", body);
        double took = (System.nanoTime() - start) / 1e9;
        if (imported.status() != 200) {
            throw new IllegalStateException("VINs not imported: " + imported);
        }
        return took;
    }

    /** One request: {@code perRequest} claims of one clerk; the first VIN is the one searched for. */
    private record Claim(String clerk, String vin, String body) {
    }

    /** Claims built before a phase starts, so that building them is not measured. */
    private final Queue<Claim> prepared = new ConcurrentLinkedQueue<>();

    private void prepare(int count) {
        prepared.clear();
        for (int i = 0; i < count; i++) {
            prepared.add(newClaim());
        }
    }

    private Claim nextClaim() {
        Claim claim = prepared.poll();
        return claim != null ? claim : newClaim();
    }

    private Claim newClaim() {
        String clerk = CLERKS.get(sequence.getAndIncrement() % CLERKS.size());
        List<String> vins = java.util.stream.Stream.generate(Vins::random).limit(perRequest).toList();
        String claims = vins.stream()
                .map(vin -> Claims.regular(vin).set("idempotencyKey", "bench-" + UUID.randomUUID()).json())
                .collect(java.util.stream.Collectors.joining(","));
        return new Claim(clerk, vins.get(0), "{\"claims\":[" + claims + "]}");
    }

    private static int created(String answer) {
        return answer.split("\"CREATED\"", -1).length - 1;
    }

    /** Sends one claim; completes with the nano time of the answer, or null if it failed. */
    private CompletableFuture<Long> send(Claim claim) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.wildfly() + Claims.PATH + "/batches"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Api.token(claim.clerk()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(claim.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            long answered = System.nanoTime();
            if (error != null || response.statusCode() != 200 || created(response.body()) != perRequest) {
                if (failures.incrementAndGet() <= 5) {
                    System.out.println("  failed: " + (error != null ? error : response.statusCode() + " " + response.body()));
                }
                return null;
            }
            return answered;
        });
    }
}
