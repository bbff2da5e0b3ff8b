package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Training;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training sessions: the training department schedules them; dealers enrol people of their own roster
 * into training courses up to the capacity shared by every dealer and cancel before the start; nobody
 * enrols into a started session or an exam; each dealer sees its own people's seats; attendance is
 * recorded once the course has started; notices are published, read and counted unread.
 */
class TrainingSessionsIT {

    static final String PATH = "/platform/api/training/sessions";
    static final String NOTICES = "/platform/api/training/notices";
    static final String TRAINING = "aurora-training";
    static final String E01 = "aurora-e01-admin";
    static final String E02 = "aurora-e02-admin";

    @Test
    void aFullSessionRefusesTheNextEnrolmentWhicheverDealerAsks() throws Exception {
        String session = created(Api.as(TRAINING).post(PATH, training("SA-BASICS", 2))).getString("id");
        String first = Training.hire("aurora", "aurora-e01", "SERVICE_ADVISOR", "Test").id().toString();
        String second = Training.hire("aurora", "aurora-e02", "SERVICE_ADVISOR", "Test").id().toString();
        String third = Training.hire("aurora", "aurora-e01", "SERVICE_ADVISOR", "Test").id().toString();

        ok(Api.as(E01).post(PATH + "/" + session + "/seats", enrol(first)));
        JsonObject full = ok(Api.as(E02).post(PATH + "/" + session + "/seats", enrol(second)));
        assertThat(full.getInt("seatsTaken")).isEqualTo(2);
        assertThat(full.getInt("seatsFree")).isZero();

        Reply refused = Api.as(E01).post(PATH + "/" + session + "/seats", enrol(third));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("full");
        Reply twice = Api.as(E01).post(PATH + "/" + session + "/seats", enrol(first));
        assertThat(twice.status()).isEqualTo(409);

        Api.as(E02).delete(PATH + "/" + session + "/seats/" + second);
        JsonObject room = ok(Api.as(E01).post(PATH + "/" + session + "/seats", enrol(third)));
        assertThat(room.getInt("seatsTaken")).isEqualTo(2);
        assertThat(listed(E02, "?when=UPCOMING&kind=TRAINING", session).getInt("seatsFree")).isZero();
    }

    @Test
    void eachDealerSeesItsOwnPeoplesSeatsAndTheTrainingDepartmentEvery() throws Exception {
        String session = created(Api.as(TRAINING).post(PATH, training("SA-ADVANCED", 10))).getString("id");
        String mine = Training.hire("aurora", "aurora-e01", "SERVICE_ADVISOR", "Test").id().toString();
        String theirs = Training.hire("aurora", "aurora-e02", "SERVICE_ADVISOR", "Test").id().toString();
        ok(Api.as(E01).post(PATH + "/" + session + "/seats", enrol(mine)));
        ok(Api.as(E02).post(PATH + "/" + session + "/seats", enrol(theirs)));

        String stillFree = Training.hire("aurora", "aurora-e01", "SERVICE_ADVISOR", "Test").id().toString();
        assertThat(Api.as(E01).get(PATH + "/" + session + "/enrolable").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("person")).toList()).contains(stillFree).doesNotContain(mine, theirs);
        assertThat(seatHolders(E01, session)).containsExactly(mine);
        assertThat(seatHolders(E02, session)).containsExactly(theirs);
        assertThat(seatHolders(TRAINING, session)).containsExactlyInAnyOrder(mine, theirs);
        assertThat(ok(Api.as(E01).get(PATH + "/" + session)).getInt("seatsTaken")).isEqualTo(2);

        Reply notOnMyRoster = Api.as(E01).post(PATH + "/" + session + "/seats", enrol(Training.hire("aurora", "aurora-e02", "TECHNICIAN", "Test").id().toString()));
        assertThat(notOnMyRoster.status()).isEqualTo(400);
        assertThat(notOnMyRoster.body()).contains("\"field\":\"person\"");
        assertThat(Api.as(E01).delete(PATH + "/" + session + "/seats/" + theirs).status())
                .as("another dealer's seat").isEqualTo(404);
        assertThat(seatHolders(TRAINING, session)).contains(theirs);
        assertThat(Api.as("borealis-e01-admin").get(PATH + "/" + session).status()).isEqualTo(404);
        assertThat(Api.as("borealis-e01-admin").post(PATH + "/" + session + "/seats", enrol(mine)).status()).isEqualTo(404);
    }

    @Test
    void aStartedSessionTakesNoEnrolmentNorCancellationAndAttendanceIsRecorded() throws Exception {
        String session = created(Api.as(TRAINING).post(PATH, training("SA-BASICS", 5))).getString("id");
        String came = Training.hire("aurora", "aurora-e01", "SERVICE_ADVISOR", "Test").id().toString();
        String stayedAway = Training.hire("aurora", "aurora-e01", "SERVICE_ADVISOR", "Test").id().toString();
        String late = Training.hire("aurora", "aurora-e01", "SERVICE_ADVISOR", "Test").id().toString();
        ok(Api.as(E01).post(PATH + "/" + session + "/seats", enrol(came)));
        ok(Api.as(E01).post(PATH + "/" + session + "/seats", enrol(stayedAway)));
        Reply tooEarly = Api.as(TRAINING).put(PATH + "/" + session + "/attendance", attendance(came, true));
        assertThat(tooEarly.status()).isEqualTo(409);

        Training.started("aurora", "aurora-e01", session);
        Reply enrolment = Api.as(E01).post(PATH + "/" + session + "/seats", enrol(late));
        assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(409);
        assertThat(enrolment.body()).contains("started");
        assertThat(Api.as(E01).delete(PATH + "/" + session + "/seats/" + came).status()).isEqualTo(409);
        assertThat(Api.as(E01).put(PATH + "/" + session + "/attendance", attendance(came, true)).status())
                .as("the dealer does not record attendance").isEqualTo(403);

        JsonObject recorded = ok(Api.as(TRAINING).put(PATH + "/" + session + "/attendance", """
                {"seats":[{"person":"%s","attended":true},{"person":"%s","attended":false}]}""".formatted(came, stayedAway)));
        assertThat(recorded.getBoolean("started")).isTrue();
        assertThat(recorded.getJsonArray("seatList").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("person") + "=" + s.get("attended"))).containsExactlyInAnyOrder(came + "=true", stayedAway + "=false");
        assertThat(listed(E01, "?when=PAST", session).getBoolean("started")).isTrue();

        Reply noSeat = Api.as(TRAINING).put(PATH + "/" + session + "/attendance", attendance(late, true));
        assertThat(noSeat.status()).isEqualTo(400);
        assertThat(noSeat.body()).contains("\"field\":\"seats[0].person\"");
    }

    @Test
    void examAndCertificationSeatsAreNotTakenByEnrolment() throws Exception {
        JsonObject exam = created(Api.as(TRAINING).post(PATH, """
                {"kind":"WRITTEN_EXAM","title":"SA silver written exam","programme":"SERVICE_ADVISOR","level":2,
                 "startsAt":"%s","place":"Beijing","seats":30}""".formatted(inDays(20))));
        assertThat(exam.getString("programme")).isEqualTo("SERVICE_ADVISOR");
        Reply refused = Api.as(E01).post(PATH + "/" + exam.getString("id") + "/seats",
                enrol(Training.hire("aurora", "aurora-e01", "SERVICE_ADVISOR", "Test").id().toString()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(listed(E01, "?kind=WRITTEN_EXAM&programme=SERVICE_ADVISOR", exam.getString("id")).getInt("seatsTaken")).isZero();
    }

    @Test
    void badSessionsAndEnrolmentsNameTheFieldAndWriteNothing() throws Exception {
        Reply noCourse = Api.as(TRAINING).post(PATH, """
                {"kind":"TRAINING","title":"no course","startsAt":"%s","place":"Shanghai","seats":5}""".formatted(inDays(3)));
        assertThat(noCourse.status()).isEqualTo(400);
        assertThat(noCourse.body()).contains("\"field\":\"courseCode\"");
        Reply past = Api.as(TRAINING).post(PATH, training("SA-BASICS", 5, inDays(-1)));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("\"field\":\"startsAt\"");
        Reply seats = Api.as(TRAINING).post(PATH, training("SA-BASICS", 0));
        assertThat(seats.status()).isEqualTo(400);
        assertThat(seats.body()).contains("\"field\":\"seats\"");
        Reply level = Api.as(TRAINING).post(PATH, """
                {"kind":"CERTIFICATION","title":"x","programme":"EV_HV","level":7,"startsAt":"%s","place":"x","seats":5}""".formatted(inDays(3)));
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.body()).contains("\"field\":\"level\"");
        assertThat(Api.as(E01).post(PATH, training("SA-BASICS", 5)).status()).isEqualTo(403);

        String session = created(Api.as(TRAINING).post(PATH, training("SA-BASICS", 5))).getString("id");
        Reply noPerson = Api.as(E01).post(PATH + "/" + session + "/seats", "{}");
        assertThat(noPerson.status()).isEqualTo(400);
        assertThat(noPerson.body()).contains("\"field\":\"person\"");
        Reply kind = Api.as(E01).get(PATH + "?kind=SEMINAR");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("kind");
        assertThat(ok(Api.as(E01).get(PATH + "/" + session)).getInt("seatsTaken")).isZero();
    }

    @Test
    void theTrainingDepartmentPublishesNoticesEveryoneReadsAndCountsUnread() throws Exception {
        long before = ok(Api.as(E02).get(NOTICES + "/unread")).getJsonNumber("unread").longValue();
        JsonObject notice = created(Api.as(TRAINING).post(NOTICES, """
                {"kind":"CERTIFICATION","title":"EV high-voltage certification round","body":"Dates are out.","programme":"EV_HV","level":1}"""));
        assertThat(notice.getBoolean("read")).isFalse();
        assertThat(ok(Api.as(E02).get(NOTICES + "/unread")).getJsonNumber("unread").longValue()).isEqualTo(before + 1);
        assertThat(Api.as(E02).get(NOTICES + "?kind=CERTIFICATION").array().getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("id"))).contains(notice.getString("id"));

        assertThat(ok(Api.as(E02).post(NOTICES + "/" + notice.getString("id") + "/read", "{}")).getBoolean("read")).isTrue();
        assertThat(ok(Api.as(E02).get(NOTICES + "/unread")).getJsonNumber("unread").longValue()).isEqualTo(before);
        assertThat(Api.as("borealis-e01-admin").get(NOTICES + "/" + notice.getString("id")).status()).isEqualTo(404);

        Reply byADealer = Api.as(E01).post(NOTICES, "{\"kind\":\"TRAINING\",\"title\":\"x\",\"body\":\"y\"}");
        assertThat(byADealer.status()).isEqualTo(403);
        Reply noTitle = Api.as(TRAINING).post(NOTICES, "{\"kind\":\"TRAINING\",\"title\":\" \",\"body\":\"y\"}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body()).contains("\"field\":\"title\"");
        Reply levelAlone = Api.as(TRAINING).post(NOTICES, "{\"kind\":\"TRAINING\",\"title\":\"x\",\"body\":\"y\",\"level\":1}");
        assertThat(levelAlone.status()).isEqualTo(400);
        assertThat(levelAlone.body()).contains("\"field\":\"programme\"");
    }

    private static String training(String course, int seats) {
        return training(course, seats, inDays(10));
    }

    private static String training(String course, int seats, String startsAt) {
        return """
                {"kind":"TRAINING","title":"%s course","courseCode":"%s","startsAt":"%s","place":"Shanghai training centre","seats":%d}"""
                .formatted(course, course, startsAt, seats);
    }

    private static String inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(days, ChronoUnit.DAYS).toString();
    }

    private static String enrol(String person) {
        return "{\"person\":\"" + person + "\"}";
    }

    private static String attendance(String person, boolean attended) {
        return "{\"seats\":[{\"person\":\"" + person + "\",\"attended\":" + attended + "}]}";
    }

    private static List<String> seatHolders(String user, String session) {
        return ok(Api.as(user).get(PATH + "/" + session)).getJsonArray("seatList").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("person")).toList();
    }

    private static JsonObject listed(String user, String query, String session) {
        return Api.as(user).get(PATH + query).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("id").equals(session)).findFirst()
                .orElseThrow(() -> new AssertionError(session + " not listed by " + query));
    }

    private static JsonObject created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }
}
