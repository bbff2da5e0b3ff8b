package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing accepted is lost: with Kafka or Elasticsearch down the API still accepts writes,
 * and once the part is back every one of them reaches search. A reindex changes nothing
 * a user can see.
 */
class ResilienceIT {

    private static final int WRITES = 5;

    @ParameterizedTest
    @ValueSource(strings = {"kafka", "elasticsearch"})
    void writesAreAcceptedWhileAPartIsDownAndIndexedAfterItReturns(String part) {
        String word = Cases.uniqueWord();
        Stack.stop(part);
        List<String> numbers;
        try {
            numbers = openCases(word);
        } finally {
            Stack.start(part);
        }

        assertThat(Cases.awaitSearch("aurora-analyst", word, Duration.ofSeconds(90), f -> f.size() == WRITES))
                .containsExactlyInAnyOrderElementsOf(numbers);
    }

    /**
     * With PostgreSQL down every caller, through every entry point (the dealer check in the
     * request filter, each WAR's resources), gets a 503 problem with an incident id and nothing
     * of the internals; once it is back, the same calls succeed.
     */
    @Test
    void withTheDatabaseDownEveryCallerGetsA503ProblemWithAnIncidentIdAndNoInternals() {
        List<String[]> calls = List.of(
                new String[]{"aurora-e01-claims", "/platform/api/cases"},
                new String[]{"aurora-e01-admin", "/tenant-admin/api/dealers/aurora-e01/users"},
                new String[]{"aurora-claims", "/platform/api/warranty-claims/queue"},
                new String[]{"aurora-it", "/tenant-admin/api/audit"},
                new String[]{"aurora-analyst", "/tenant-admin/api/dealers"});
        calls.forEach(call -> Api.token(call[0]));
        Stack.stop("postgres");
        List<Reply> replies = new ArrayList<>();
        try {
            calls.forEach(call -> replies.add(Api.as(call[0]).get(call[1])));
        } finally {
            Stack.start("postgres");
        }

        for (Reply reply : replies) {
            assertThat(reply.status()).as("%s", reply).isEqualTo(503);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.object().getString("incident")).isNotBlank();
            assertThat(reply.body()).doesNotContainIgnoringCase("postgres").doesNotContainIgnoringCase("exception")
                    .doesNotContain("DealerHubDS").doesNotContain("127.0.0.1").doesNotContain("<html");
        }
        for (String[] call : calls) {
            assertThat(awaitStatus(call[0], call[1], Duration.ofSeconds(60))).as(call[1]).isEqualTo(200);
        }
    }

    private static int awaitStatus(String user, String path, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int status = Api.as(user).get(path).status();
        while (status != 200 && System.nanoTime() < deadline) {
            Cases.sleep(500);
            status = Api.as(user).get(path).status();
        }
        return status;
    }

    @Test
    void reindexLeavesTheSearchResultsIdentical() {
        String before = everythingVisibleTo("aurora-analyst");

        Reply reindex = Api.as("platform-admin").post("/reporting/api/admin/reindex", "");

        assertThat(reindex.status()).as("%s", reindex).isEqualTo(200);
        assertThat(reindex.object().getJsonNumber("documents").longValue()).isPositive();
        assertThat(everythingVisibleTo("aurora-analyst")).isEqualTo(before);
    }

    @Test
    void onlyThePlatformOperatorMayReindex() {
        assertThat(Api.as("aurora-analyst").post("/reporting/api/admin/reindex", "").status()).isEqualTo(403);
    }

    private static List<String> openCases(String word) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            JsonObject opened = Cases.open("aurora-e01-claims", "Outage write " + i + " " + word, "accepted during an outage");
            numbers.add(opened.getString("number"));
        }
        return numbers;
    }

    /** Total, facets and the first page of the network's cases, as one comparable text. */
    private static String everythingVisibleTo(String user) {
        Reply reply = Api.as(user).get("/reporting/api/search?size=100");
        assertThat(reply.status()).isEqualTo(200);
        JsonObject body = reply.object();
        return body.getJsonNumber("total") + " " + body.getJsonObject("facets") + " " + body.getJsonArray("items");
    }
}
