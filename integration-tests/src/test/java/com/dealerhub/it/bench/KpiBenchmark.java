package com.dealerhub.it.bench;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * KPI dashboards and drill-down at scale: loads synthetic case and feed documents straight into
 * the dev stack's indices (the raw bulk rate is the baseline of feed ingestion), then times KPI
 * figures and drill-downs through the API beside the same aggregations and searches sent to
 * Elasticsearch directly, and the feed's ingestion through the API beside a raw bulk of the very
 * documents it indexed. The synthetic documents exist only in the indices (never in PostgreSQL), so the
 * reindex at the end, which rebuilds both indices from PostgreSQL, leaves them out.
 */
public final class KpiBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ES = Stack.elasticsearch();
    private static final String CASES = "cases";
    private static final String FEED = "dealerhub-feed";
    private static final String[] REGIONS = {"aurora-east", "aurora-south", "aurora-west"};
    private static final int BULK = 5_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final int caseCount = Integer.getInteger("bench.cases", 1_000_000);
    private final int feedCount = Integer.getInteger("bench.feed", 5_000_000);
    private final int dealers = Integer.getInteger("bench.dealers", 500);
    private final int queries = Integer.getInteger("bench.queries", 100);
    private final int ingest = Integer.getInteger("bench.ingest", 20_000);
    private final Instant now = Instant.now();
    private final LocalDate today = LocalDate.now(SHANGHAI);

    public static void main(String[] args) throws Exception {
        new KpiBenchmark().run();
    }

    private void run() throws Exception {
        for (String alias : List.of(CASES, FEED)) {
            if (HTTP.send(HttpRequest.newBuilder(URI.create(ES + "/_alias/" + alias)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                throw new IllegalStateException("no index behind the alias " + alias + ": start the stack with bin/dealerhub up first");
            }
        }
        System.out.printf("Loading %,d cases and %,d feed records over %d dealers (raw bulk, %d per request)%n", caseCount, feedCount, dealers, BULK);
        double caseRate = load(CASES, caseCount, this::caseDocument);
        System.out.printf("  cases: %,.0f documents/s%n", caseRate);
        double feedRate = load(FEED, feedCount, this::feedDocument);
        System.out.printf("  feed:  %,.0f documents/s (raw bulk)%n", feedRate);
        es("POST", "/" + CASES + "," + FEED + "/_refresh", null);

        String region = "&region=aurora-east";
        String range = "from=" + today.withDayOfMonth(1).minusMonths(11) + "&to=" + today;
        String month = today.withDayOfMonth(1).minusMonths(1).toString();
        String lastMonth = "from=" + month + "&to=" + LocalDate.parse(month).plusMonths(1).minusDays(1);

        System.out.println("KPI figures through the API (aurora-analyst) beside the same aggregations sent directly:");
        compare("APPOINTMENT_RATE by region and month",
                "/reporting/api/kpis/APPOINTMENT_RATE?" + range + "&interval=MONTH&by=REGION",
                List.of(ratioAggregation(FEED, "openedAt", "{\"term\":{\"kind\":\"REPAIR_ORDER\"}},{\"term\":{\"byAppointment\":true}}", "regionCode", "month", range),
                        ratioAggregation(FEED, "openedAt", "{\"term\":{\"kind\":\"REPAIR_ORDER\"}}", "regionCode", "month", range)));
        compare("FIRST_TIME_FIX_RATE by dealer, twelve months",
                "/reporting/api/kpis/FIRST_TIME_FIX_RATE?" + range + "&interval=TOTAL&by=DEALER",
                List.of(ratioAggregation(FEED, "openedAt", "{\"term\":{\"kind\":\"REPAIR_ORDER\"}},{\"bool\":{\"must_not\":{\"term\":{\"repeatRepair\":true}}}}", "dealerCode", null, range),
                        ratioAggregation(FEED, "openedAt", "{\"term\":{\"kind\":\"REPAIR_ORDER\"}}", "dealerCode", null, range)));
        compare("CLAIM_CYCLE_TIME by region and month",
                "/reporting/api/kpis/CLAIM_CYCLE_TIME?" + range + "&interval=MONTH&by=REGION",
                List.of(meanAggregation(range)));

        System.out.println("Drill-down through the API beside the same search sent directly:");
        compare("APPOINTMENT_RATE numerator, east, last month, first page",
                "/reporting/api/kpis/APPOINTMENT_RATE/records?side=NUMERATOR&" + lastMonth + region,
                List.of(new Direct(FEED, """
                        {"track_total_hits":true,"size":20,"sort":[{"openedAt":"desc"},{"id":"asc"}],
                         "_source":{"excludes":["timeline","description","clocks","cause"]},
                         "query":{"bool":{"filter":[{"term":{"network":"aurora"}},{"terms":{"regionCode":["aurora-east"]}},
                           {"term":{"kind":"REPAIR_ORDER"}},{"term":{"byAppointment":true}},%s]}}}""".formatted(dateRange("openedAt", lastMonth)))));

        ingestion();

        System.out.println("Rebuilding both indices from PostgreSQL, which leaves the synthetic documents out");
        Reply rebuilt = Api.as("platform-admin").post("/reporting/api/admin/reindex", "{}");
        check(rebuilt);
        System.out.println("  " + rebuilt.body());
    }

    private record Direct(String index, String body) {
    }

    private void compare(String name, String apiPath, List<Direct> direct) throws Exception {
        Api analyst = Api.as("aurora-analyst");
        for (int i = 0; i < 10; i++) {
            check(analyst.get(apiPath));
            for (Direct d : direct) {
                es("POST", "/" + d.index() + "/_search?request_cache=true", d.body());
            }
        }
        Latencies api = new Latencies();
        Latencies raw = new Latencies();
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            check(analyst.get(apiPath));
            api.add(System.nanoTime() - start);
            start = System.nanoTime();
            for (Direct d : direct) {
                es("POST", "/" + d.index() + "/_search?request_cache=true", d.body());
            }
            raw.add(System.nanoTime() - start);
        }
        System.out.printf("  %-58s API p50 %6.1f ms p95 %6.1f ms | direct p50 %6.1f ms p95 %6.1f ms | p95 ratio %.2f%n",
                name, api.percentile(50), api.percentile(95), raw.percentile(50), raw.percentile(95),
                api.percentile(95) / raw.percentile(95));
    }

    private static void check(Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException(reply.status() + " " + reply.body());
        }
    }

    private void ingestion() throws Exception {
        // A DMS user of the demo; the orders are dated January 2020, before any dashboard's default range.
        String dealer = "aurora-w01";
        String user = "aurora-w01-dms";
        Reply probe = Api.as(user).post("/platform/api/service-feed/batches", "{\"events\":[]}");
        if (probe.status() == 404) {
            System.out.println("Feed ingestion: the service-feed API is not deployed; skipped");
            return;
        }
        String run = Long.toString(now.toEpochMilli(), 36).toUpperCase();
        Api api = Api.as(user);
        long start = System.nanoTime();
        int batch = 500;
        for (int from = 0; from < ingest; from += batch) {
            StringBuilder body = new StringBuilder("{\"events\":[");
            for (int i = from; i < Math.min(ingest, from + batch); i++) {
                if (i > from) {
                    body.append(',');
                }
                Instant opened = Instant.parse("2020-01-01T00:00:00Z").plus(i % 700, ChronoUnit.HOURS);
                body.append("""
                        {"key":"BENCH-%s-%d","kind":"REPAIR_ORDER","number":"BENCH-%s-%d","occurredAt":"%s","openedAt":"%s",
                         "vin":"LSVBENCH%09d","mileage":%d,"byAppointment":%b,"repeatRepair":%b,"qcDone":true,"qcPassed":true}"""
                        .formatted(run, i, run, i, opened, opened, i % 1_000_000_000, 1000 + i % 90000, i % 3 == 0, i % 17 == 0));
            }
            check(api.post("/platform/api/service-feed/batches", body.append("]}").toString()));
        }
        double accepted = ingest / ((System.nanoTime() - start) / 1e9);
        String count = "{\"query\":{\"prefix\":{\"number\":\"BENCH-" + run + "-\"}}}";
        long indexed = 0;
        while (indexed < ingest && System.nanoTime() - start < 600e9) {
            Thread.sleep(200);
            es("POST", "/" + FEED + "/_refresh", null);
            String answer = es("POST", "/" + FEED + "/_count", count);
            indexed = Long.parseLong(answer.replaceAll(".*\"count\":(\\d+).*", "$1"));
        }
        double searchable = indexed / ((System.nanoTime() - start) / 1e9);
        // The raw baseline: the very documents the platform indexed, bulk-written again into a scratch index with the same mapping.
        String documents = es("POST", "/" + FEED + "/_search?size=" + Math.min(ingest, 10_000), count);
        List<String> sources = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"_source\":(\\{[^{}]*\\})").matcher(documents);
        while (m.find()) {
            sources.add(m.group(1));
        }
        String mapping = es("GET", "/" + FEED + "/_mapping", null).replaceAll("^\\{\"[^\"]+\":\\{\"mappings\":(.*)}}$", "$1");
        String scratch = "bench-raw-" + run.toLowerCase();
        es("PUT", "/" + scratch, "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":" + mapping + "}");
        long rawStart = System.nanoTime();
        for (int from = 0; from < sources.size(); from += batch) {
            StringBuilder bulk = new StringBuilder();
            for (String source : sources.subList(from, Math.min(sources.size(), from + batch))) {
                bulk.append("{\"index\":{}}\n").append(source).append('\n');
            }
            es("POST", "/" + scratch + "/_bulk", bulk.toString());
        }
        double raw = sources.size() / ((System.nanoTime() - rawStart) / 1e9);
        es("DELETE", "/" + scratch, null);
        System.out.printf("Feed ingestion of %,d repair orders (dealer %s, %d per batch):%n", ingest, dealer, batch);
        System.out.printf("  accepted through the API: %,.0f events/s; searchable: %,.0f events/s; raw bulk of the same %,d documents: %,.0f documents/s; ratio accepted/raw %.2f%n",
                accepted, searchable, sources.size(), raw, accepted / raw);
    }

    private String dateRange(String field, String range) {
        String[] parts = range.split("&");
        String from = parts[0].substring(5);
        String to = LocalDate.parse(parts[1].substring(3)).plusDays(1).toString();
        return "{\"range\":{\"%s\":{\"gte\":\"%s\",\"lt\":\"%s\",\"format\":\"yyyy-MM-dd\",\"time_zone\":\"Asia/Shanghai\"}}}".formatted(field, from, to);
    }

    private Direct ratioAggregation(String index, String dateField, String filters, String groupField, String interval, String range) {
        String leaf = interval == null ? "" : ",\"aggs\":{\"periods\":{\"date_histogram\":{\"field\":\"%s\",\"calendar_interval\":\"%s\",\"time_zone\":\"Asia/Shanghai\",\"format\":\"yyyy-MM-dd\",\"min_doc_count\":1}}}"
                .formatted(dateField, interval);
        String leafAggs = interval == null ? "" : leaf.substring(1);
        return new Direct(index, """
                {"size":0,"query":{"bool":{"filter":[{"term":{"network":"aurora"}},%s,%s]}},
                 "aggs":{"network":{"filter":{"match_all":{}}%s},
                         "reach":{"filter":{"term":{"network":"aurora"}},"aggs":{"groups":{"terms":{"field":"%s","size":10000}%s}}}}}"""
                .formatted(filters, dateRange(dateField, range), leaf, groupField, leaf.isEmpty() ? "" : "," + leafAggs));
    }

    private Direct meanAggregation(String range) {
        String leaf = "\"aggs\":{\"periods\":{\"date_histogram\":{\"field\":\"decidedAt\",\"calendar_interval\":\"month\",\"time_zone\":\"Asia/Shanghai\",\"format\":\"yyyy-MM-dd\",\"min_doc_count\":1},\"aggs\":{\"sum\":{\"sum\":{\"field\":\"cycleHours\"}}}}}";
        return new Direct(CASES, """
                {"size":0,"query":{"bool":{"filter":[{"term":{"network":"aurora"}},{"term":{"type":"WARRANTY"}},{"exists":{"field":"cycleHours"}},%s]}},
                 "aggs":{"network":{"filter":{"match_all":{}},%s},
                         "reach":{"filter":{"term":{"network":"aurora"}},"aggs":{"groups":{"terms":{"field":"regionCode","size":10000},%s}}}}}"""
                .formatted(dateRange("decidedAt", range), leaf, leaf));
    }

    private double load(String index, int count, IntFunction<String> document) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        List<Future<?>> pending = new ArrayList<>();
        for (int from = 0; from < count; from += BULK) {
            int first = from;
            pending.add(pool.submit(() -> {
                StringBuilder bulk = new StringBuilder(BULK * 400);
                for (int i = first; i < Math.min(count, first + BULK); i++) {
                    bulk.append("{\"index\":{\"_id\":\"bench-").append(index).append('-').append(i).append("\"}}\n")
                            .append(document.apply(i)).append('\n');
                }
                return es("POST", "/" + index + "/_bulk", bulk.toString());
            }));
            if (pending.size() >= 4) {
                pending.removeFirst().get();
            }
        }
        for (Future<?> f : pending) {
            f.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private String common(Random random, int i) {
        int d = random.nextInt(dealers);
        return "\"id\":\"bench-%d\",\"network\":\"aurora\",\"dealerCode\":\"aurora-b%03d\",\"regionCode\":\"%s\""
                .formatted(i, d, REGIONS[d % REGIONS.length]);
    }

    private String caseDocument(int i) {
        Random random = new Random(i);
        Instant created = now.minus(random.nextInt(365 * 24), ChronoUnit.HOURS);
        int kind = random.nextInt(20);
        String base = "{" + common(random, i) + ",\"number\":\"BENCH-C%d\",\"createdBy\":\"benchmark\",\"createdAt\":\"%s\",\"updatedAt\":\"%s\"".formatted(i, created, created);
        if (kind < 10) {
            double hours = 4 + random.nextInt(200);
            boolean returned = random.nextInt(4) == 0;
            return base + ",\"type\":\"WARRANTY\",\"state\":\"APPROVED\",\"submittedAt\":\"%s\",\"decidedAt\":\"%s\",\"cycleHours\":%.1f,\"autoPassedFirst\":%b,\"returned\":%b,\"returnReasons\":%s}"
                    .formatted(created, created.plusSeconds((long) (hours * 3600)), hours, !returned, returned,
                            returned ? "[\"LaborWithinFlatRate\"]" : "[]");
        }
        if (kind < 16) {
            return base + ",\"type\":\"COMPLAINT\",\"state\":\"CLOSED\",\"repeatEscalated\":%b,\"clockStatus\":{\"CONTACT\":\"%s\",\"CLOSURE\":\"%s\"}}"
                    .formatted(random.nextInt(30) == 0, random.nextInt(5) == 0 ? "BREACHED" : "MET", random.nextInt(4) == 0 ? "BREACHED" : "MET");
        }
        return base + ",\"type\":\"" + (kind == 16 ? "ACCOUNT_REQUEST" : "TECHNICAL_ASSISTANCE") + "\",\"state\":\"OPEN\"}";
    }

    private String feedDocument(int i) {
        Random random = new Random(~i);
        Instant at = now.minus(random.nextInt(365 * 24), ChronoUnit.HOURS);
        String base = "{" + common(random, i) + ",\"number\":\"BENCH-F%d\",\"occurredAt\":\"%s\",\"version\":1".formatted(i, at);
        return switch (random.nextInt(5)) {
            case 0 -> base + ",\"kind\":\"APPOINTMENT\",\"madeAt\":\"%s\",\"initiative\":\"%s\",\"scheduledFor\":\"%s\",\"arrived\":%b,\"arrivedOnTime\":%b,\"completedOnTime\":%b}"
                    .formatted(at.minus(2, ChronoUnit.DAYS), random.nextBoolean() ? "ACTIVE" : "PASSIVE", at, random.nextInt(10) > 0,
                            random.nextInt(5) > 0, random.nextInt(4) > 0);
            case 1, 2 -> base + ",\"kind\":\"REPAIR_ORDER\",\"openedAt\":\"%s\",\"vin\":\"LSVBENCH%09d\",\"mileage\":%d,\"byAppointment\":%b,\"repeatRepair\":%b,\"shortOfParts\":%b,\"qcDone\":true,\"qcPassed\":%b,\"delivered\":true,\"deliveredAt\":\"%s\",\"promisedAt\":\"%s\",\"deliveredOnTime\":%b,\"completedOnTime\":%b,\"estimateAmount\":%d,\"actualAmount\":%d,\"estimateAccurate\":%b}"
                    .formatted(at, i, random.nextInt(100_000), random.nextInt(3) == 0, random.nextInt(20) == 0, random.nextInt(10) == 0,
                            random.nextInt(20) > 0, at.plus(5, ChronoUnit.HOURS), at.plus(6, ChronoUnit.HOURS), random.nextInt(6) > 0,
                            random.nextInt(6) > 0, 500, 500 + random.nextInt(100), random.nextInt(5) > 0);
            case 3 -> base + ",\"kind\":\"FOLLOW_UP_CALL\",\"repairOrder\":\"BENCH-R%d\",\"deliveredAt\":\"%s\",\"calledAt\":\"%s\",\"reached\":%b,\"satisfied\":%b,\"withinThreeWorkingDays\":%b,\"withinSevenDays\":true}"
                    .formatted(i, at, at.plus(1, ChronoUnit.DAYS), random.nextInt(8) > 0, random.nextInt(6) > 0, random.nextInt(5) > 0);
            default -> random.nextBoolean()
                    ? base + ",\"kind\":\"COMPLAINT\",\"receivedAt\":\"%s\",\"handledInTime\":%b,\"closed\":true,\"closedSatisfied\":%b}"
                    .formatted(at, random.nextInt(5) > 0, random.nextInt(4) > 0)
                    : base + ",\"kind\":\"ROADSIDE_RESCUE\",\"requestedAt\":\"%s\",\"dispatched\":true,\"closed\":%b,\"arrivedOnTime\":%b,\"restoredToDrive\":%b,\"firstAttemptSucceeded\":%b,\"customerSatisfied\":%b}"
                    .formatted(at, random.nextInt(10) > 0, random.nextInt(4) > 0, random.nextInt(3) > 0, random.nextInt(3) > 0, random.nextInt(5) > 0);
        };
    }

    private static String es(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ES + path)).header("Content-Type",
                path.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 || (path.endsWith("_bulk") && response.body().contains("\"errors\":true"))) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }
}
