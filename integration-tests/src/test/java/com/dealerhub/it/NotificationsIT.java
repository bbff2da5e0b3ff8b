package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Mailbox;
import com.dealerhub.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications of the case kernel: an SLA breach notifies the station manager the deadline names,
 * once, by inbox, e-mail (arriving at the stack's SMTP server, GreenMail) and SMS (kept by the local
 * gateway), each delivery recorded SENT; with the SMTP server down the e-mail stays PENDING and goes out
 * once it is back; inbox read and unread; another dealer's case answers 404; bad contacts answer 400.
 */
class NotificationsIT {

    private static final String CLERK = "aurora-e01-claims";
    private static final String STATION_MANAGER = "aurora-e01-admin";
    private static final String MANAGER_MAIL = "aurora-e01-manager@dealers.example";

    @Test
    void aBreachNotifiesTheStationManagerOnceByInboxEmailAndSms() throws SQLException {
        String subject = "SLA notify " + Cases.uniqueWord();
        JsonObject opened = Cases.open(CLERK, subject, "notification test");
        String caseId = opened.getString("id");
        String number = opened.getString("number");
        long unreadBefore = inbox(STATION_MANAGER).getJsonNumber("unread").longValue();

        insertBreachedDeadline(caseId, "{STATION_MANAGER}");

        List<JsonObject> sent = awaitNotifications(caseId, all -> all.size() == 3 && all.stream().allMatch(n -> "SENT".equals(n.getString("status"))),
                Duration.ofSeconds(60));
        assertThat(sent).extracting(n -> n.getString("channel")).containsExactly("INBOX", "EMAIL", "SMS");
        assertThat(sent).allSatisfy(n -> assertThat(n.getString("template")).isEqualTo("SLA_BREACHED"));
        assertThat(sent.get(2).getString("address")).matches("139\\*{4}\\d{4}");
        assertThat(mailsAbout(number)).hasSize(1).first().asString().contains("已超时");

        Reply smsReply = Api.as("aurora-cac").get("/platform/api/notifications/sms?case=" + caseId);
        assertThat(smsReply.status()).isEqualTo(200);
        JsonArray sms = smsReply.array();
        assertThat(sms).hasSize(1);
        assertThat(sms.getJsonObject(0).getString("text")).contains(number).contains("已超时");
        assertThat(Api.as(CLERK).get("/platform/api/notifications/sms?case=" + caseId).status()).isEqualTo(403);
        assertThat(Api.as("aurora-cac").get("/platform/api/notifications/sms?case=not-a-uuid").status()).isEqualTo(400);

        JsonObject inbox = inbox(STATION_MANAGER);
        JsonObject entry = inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("caseId").equals(caseId)).findFirst().orElseThrow();
        assertThat(entry.getString("title")).contains(number);
        assertThat(absent(entry, "readAt")).as("unread: %s", entry).isTrue();
        // the station manager hears of other things meanwhile (certificate reminders, parts): count this one, not them
        long unreadNow = inbox.getJsonNumber("unread").longValue();
        assertThat(unreadNow).isGreaterThanOrEqualTo(unreadBefore + 1);

        String read = "/platform/api/notifications/inbox/" + entry.getJsonNumber("id").longValue() + "/read";
        assertThat(Api.as("aurora-e02-admin").post(read, "").status()).isEqualTo(404);
        assertThat(Api.as(STATION_MANAGER).post(read, "").status()).isEqualTo(204);
        JsonObject readEntry = inbox(STATION_MANAGER).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("caseId").equals(caseId)).findFirst().orElseThrow();
        assertThat(absent(readEntry, "readAt")).as("read: %s", readEntry).isFalse();

        Cases.sleep(6_000);
        assertThat(notifications(caseId)).hasSize(3);
        assertThat(Cases.steps(ok(Api.as(CLERK).get("/platform/api/cases/" + caseId))).stream().filter(s -> s.endsWith(":NOTIFIED")))
                .hasSize(1);
        assertThat(ok(Api.as(CLERK).get("/platform/api/cases/" + caseId)).toString())
                .contains("SLA_BREACHED by INBOX, EMAIL, SMS to aurora-e01-admin");
    }

    @Test
    void anEmailWaitsWhileTheMailServerIsDownAndGoesOutOnceItIsBack() throws SQLException {
        String subject = "SLA smtp down " + Cases.uniqueWord();
        JsonObject opened = Cases.open(CLERK, subject, "notification retry test");
        String caseId = opened.getString("id");
        Stack.stop("greenmail");
        try {
            insertBreachedDeadline(caseId, "{STATION_MANAGER}");
            List<JsonObject> waiting = awaitNotifications(caseId, all -> email(all) != null && email(all).getInt("attempts") >= 2,
                    Duration.ofSeconds(60));
            JsonObject mail = email(waiting);
            assertThat(mail.getString("status")).isEqualTo("PENDING");
            assertThat(mail.getString("lastError")).contains("not reachable");
        } finally {
            Stack.start("greenmail");
        }
        List<JsonObject> delivered = awaitNotifications(caseId, all -> "SENT".equals(email(all).getString("status")), Duration.ofSeconds(90));
        assertThat(absent(email(delivered), "sentAt")).isFalse();
        assertThat(mailsAbout(opened.getString("number"))).hasSize(1);
    }

    @Test
    void anotherDealersCaseHasNoNotificationsToShow() {
        String caseId = Cases.open(CLERK, "SLA other dealer " + Cases.uniqueWord(), "isolation").getString("id");
        assertThat(Api.as("aurora-e02-claims").get("/platform/api/cases/" + caseId + "/notifications").status()).isEqualTo(404);
        assertThat(Api.as("borealis-e01-claims").get("/platform/api/cases/" + caseId + "/notifications").status()).isEqualTo(404);
        assertThat(Api.as(CLERK).get("/platform/api/cases/" + UUID.randomUUID() + "/notifications").status()).isEqualTo(404);
        assertThat(Api.as(CLERK).get("/platform/api/cases/" + caseId + "/notifications").status()).isEqualTo(200);
    }

    @Test
    void contactsWithABadEmailOrMobileAreRefusedNamingTheFieldAndNothingChanges() {
        Reply before = Api.as("aurora-it").get("/platform/api/notifications/contacts");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.array()).isNotEmpty();

        Reply bad = Api.as("aurora-it").put("/platform/api/notifications/contacts", """
                {"contacts": [
                  {"dealer": "aurora-e01", "duty": "STATION_MANAGER", "name": "A", "email": "not-an-address"},
                  {"region": "aurora-east", "duty": "TAC", "name": "B", "mobile": "138-1234-5678"}]}""");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.toString()).contains("contacts[0].email").contains("contacts[1].mobile");
        assertThat(Api.as("aurora-it").get("/platform/api/notifications/contacts").array()).isEqualTo(before.array());
        assertThat(Api.as("aurora-e01-admin").get("/platform/api/notifications/contacts").status()).isEqualTo(403);

        Reply same = Api.as("aurora-cac").put("/platform/api/notifications/contacts",
                Json.createObjectBuilder().add("contacts", before.array()).build().toString());
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.array()).isEqualTo(before.array());
    }

    /** Null values are left out of the API's answers. */
    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static JsonObject email(List<JsonObject> notifications) {
        return notifications.stream().filter(n -> "EMAIL".equals(n.getString("channel"))).findFirst().orElse(null);
    }

    private static JsonObject inbox(String user) {
        return ok(Api.as(user).get("/platform/api/notifications/inbox"));
    }

    private static List<JsonObject> notifications(String caseId) {
        return Api.as(CLERK).get("/platform/api/cases/" + caseId + "/notifications").array().getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> awaitNotifications(String caseId, Predicate<List<JsonObject>> done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        List<JsonObject> found = notifications(caseId);
        while (!safely(done, found) && System.nanoTime() < deadline) {
            Cases.sleep(500);
            found = notifications(caseId);
        }
        assertThat(safely(done, found)).as("notifications of case %s: %s", caseId, found).isTrue();
        return found;
    }

    private static boolean safely(Predicate<List<JsonObject>> done, List<JsonObject> found) {
        try {
            return done.test(found);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The mails GreenMail holds for the station manager whose subject names the case. */
    private static List<String> mailsAbout(String number) {
        return Mailbox.about(MANAGER_MAIL, number).stream().map(JsonObject::toString).toList();
    }

    /** A deadline that was due an hour ago and names the duties to notify, written under the dealer's own scope. */
    private static void insertBreachedDeadline(String caseId, String notifyOnBreach) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword())) {
            connection.setAutoCommit(false);
            try (Statement scope = connection.createStatement()) {
                scope.execute("SELECT public.dealerhub_enter_scope('DEALER', 'aurora', 'aurora-e01', '')");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO case_deadline (id, case_id, network_code, dealer_code, clock, timing, duration_seconds,
                                               warn_before_seconds, started_at, running_since, due_at, notify_on_breach)
                    VALUES (?, ?, 'aurora', 'aurora-e01', 'CONTACT', 'WALL_CLOCK', 3600, 0, now() - interval '2 hours',
                            now() - interval '2 hours', now() - interval '1 hour', ?::text[])""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(caseId));
                insert.setString(3, notifyOnBreach);
                insert.executeUpdate();
            }
            connection.commit();
        }
    }
}
