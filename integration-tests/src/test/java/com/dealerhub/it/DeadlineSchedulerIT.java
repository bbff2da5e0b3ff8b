package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Deadlines;
import com.dealerhub.it.support.Stack;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case kernel's deadline scheduler: a warning and a breach fire once each, on the case's
 * timeline; a paused or stopped clock never fires; deadlines that came due while
 * WildFly was killed with -9 fire once after it is back, and search catches up.
 */
class DeadlineSchedulerIT {

    private static final String DEALER = "aurora-e02-claims";

    @Test
    void aWarningAndABreachFireOnceEachAndPausedOrStoppedClocksDoNot() throws SQLException {
        String caseId = Cases.open(DEALER, "SLA " + Cases.uniqueWord(), "clock test").getString("id");
        insertDeadline(caseId, "CONTACT", "now() + interval '15 seconds'", "now() - interval '1 second'", false, false);
        insertDeadline(caseId, "WAITING", "NULL", "NULL", true, false);
        insertDeadline(caseId, "CLOSED", "now() - interval '1 hour'", "NULL", false, true);

        List<String> steps = awaitSteps(caseId, s -> s.contains("system:SLA_BREACHED"), Duration.ofSeconds(45));
        Cases.sleep(6_000);
        List<String> later = stepsOf(caseId);

        assertThat(steps).contains("system:SLA_WARNING");
        assertThat(later.stream().filter(s -> s.startsWith("system:SLA_"))).containsExactly("system:SLA_WARNING", "system:SLA_BREACHED");
        assertThat(timeline(caseId).toString()).contains("CONTACT breached: was due at").doesNotContain("WAITING").doesNotContain("CLOSED");
    }

    @Test
    void deadlinesThatCameDueWhileWildFlyWasKilledFireOnceAfterItIsBack() throws SQLException {
        String caseId = Cases.open(DEALER, "SLA crash " + Cases.uniqueWord(), "clock test").getString("id");
        insertDeadline(caseId, "CLOSE", "now() + interval '3 seconds'", "NULL", false, false);

        Stack.kill("wildfly");
        Cases.sleep(4_000);
        Stack.start("wildfly");

        awaitSteps(caseId, s -> s.contains("system:SLA_BREACHED"), Duration.ofSeconds(30));
        Cases.sleep(6_000);
        assertThat(stepsOf(caseId).stream().filter(s -> s.equals("system:SLA_BREACHED"))).hasSize(1);
        // The killed instance's indexer left its Kafka group without saying so; search resumes once the group rebalances.
        String word = Cases.uniqueWord();
        Cases.open(DEALER, "After the crash " + word, "indexed again");
        assertThat(Cases.awaitSearch("aurora-analyst", word, Duration.ofSeconds(120), found -> found.size() == 1)).hasSize(1);
    }

    private static void insertDeadline(String caseId, String clock, String dueAt, String warnAt, boolean paused, boolean stopped)
            throws SQLException {
        Deadlines.insert("aurora", "aurora-e02", caseId, clock, dueAt, warnAt, paused, stopped);
    }

    private static JsonObject timeline(String caseId) {
        return ok(Api.as(DEALER).get("/platform/api/cases/" + caseId));
    }

    private static List<String> stepsOf(String caseId) {
        return Cases.steps(timeline(caseId));
    }

    private static List<String> awaitSteps(String caseId, Predicate<List<String>> done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        List<String> steps = stepsOf(caseId);
        while (!done.test(steps) && System.nanoTime() < deadline) {
            Cases.sleep(500);
            steps = stepsOf(caseId);
        }
        assertThat(done.test(steps)).as("timeline of case %s: %s", caseId, steps).isTrue();
        return steps;
    }
}
