package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Complaints;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** One work queue over every case type: what waits for the caller, earliest deadline first, overdue shown. */
class WorkQueueIT {

    static final String QUEUE = "/platform/api/queue?size=200";

    @Test
    void aComplaintWaitsForCacThenForItsDealerOnlyWithItsClock() {
        String id = Complaints.record("aurora-cac", Complaints.body("aurora-e01", null, "ENGINE")).getString("id");

        JsonObject forCac = find("aurora-cac", id).orElseThrow();
        assertThat(forCac.getString("type")).isEqualTo("COMPLAINT");
        assertThat(forCac.getString("clock")).isIn("DISPATCH", "CUSTOMER_MESSAGE");
        assertThat(forCac.getJsonNumber("secondsLeft").longValue()).isBetween(1L, 900L);
        assertThat(forCac.getBoolean("overdue")).isFalse();
        assertThat(forCac.getJsonArray("actions").getString(0)).isEqualTo("DISPATCH");
        assertThat(find("aurora-e01-advisor", id)).isEmpty();

        Complaints.step("aurora-cac", id, "dispatch", "{}");

        assertThat(find("aurora-cac", id)).isEmpty();
        assertThat(find("aurora-e01-advisor", id).orElseThrow().getJsonArray("actions").getString(0)).isEqualTo("CONTACT");
        assertThat(find("aurora-e02-advisor", id)).as("another dealer's work").isEmpty();
        assertThat(find("aurora-analyst", id)).as("analysts only read").isEmpty();
    }

    @Test
    void theEarliestDeadlineComesFirstAndAnOverdueOneSaysSo() {
        String policy = "/platform/api/clock-policies/COMPLAINT/STANDARD/DISPATCH";
        String shortened = "{\"durationSeconds\":1,\"timing\":\"WALL_CLOCK\",\"warnBeforeSeconds\":0,\"notifyOnWarning\":[],\"notifyOnBreach\":[]}";
        String usual = "{\"durationSeconds\":900,\"timing\":\"WALL_CLOCK\",\"warnBeforeSeconds\":300,\"notifyOnWarning\":[\"CAC\"],\"notifyOnBreach\":[\"CAC\"]}";
        assertThat(Api.as("borealis-cac").put(policy, shortened).status()).isEqualTo(200);
        try {
            String late = Complaints.record("borealis-cac", Complaints.body("borealis-e01", null, "ENGINE")).getString("id");
            Cases.sleep(2_000);

            JsonObject overdue = find("borealis-cac", late).orElseThrow();
            assertThat(overdue.getBoolean("overdue")).isTrue();
            assertThat(overdue.getJsonNumber("secondsLeft").longValue()).isNegative();
            List<Instant> due = ok(Api.as("borealis-cac").get(QUEUE)).getJsonArray("items").stream().map(JsonObject.class::cast)
                    .filter(i -> i.containsKey("dueAt") && !i.isNull("dueAt")).map(i -> Instant.parse(i.getString("dueAt"))).toList();
            assertThat(due).isSorted();
        } finally {
            assertThat(Api.as("borealis-cac").put(policy, usual).status()).isEqualTo(200);
        }
    }

    private static Optional<JsonObject> find(String user, String id) {
        return ok(Api.as(user).get(QUEUE)).getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(i -> i.getString("id").equals(id)).findFirst();
    }
}
