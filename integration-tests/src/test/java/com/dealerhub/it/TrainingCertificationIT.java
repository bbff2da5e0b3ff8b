package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Complaints;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Training;
import com.dealerhub.it.support.Training.Person;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certification end to end over the API: a technician from the application to the certificate,
 * SA bronze by years in the role, SA silver through the written exam; each prerequisite's verdict
 * with its evidence; seats; isolation and bad input.
 */
class TrainingCertificationIT {

    static final String PATH = "/platform/api/training/certifications";
    static final String NETWORK = "aurora";
    static final String DEALER = "aurora-e01";
    static final String ADMIN = "aurora-e01-admin";
    static final String ADVISOR = "aurora-e01-advisor";
    static final String OTHER_ADMIN = "aurora-e02-admin";
    static final String TRAINING = "aurora-training";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aTechnicianFromTheApplicationToTheCertificate() throws Exception {
        Person person = Training.hire(NETWORK, DEALER, "TECHNICIAN", "测试 Test", TODAY.minusYears(1));
        Training.lms(NETWORK, DEALER, person, "TECH-L1-STUDY", TODAY.minusDays(10), null);
        Training.lms(NETWORK, DEALER, person, "TECH-L1-TEST", TODAY.minusDays(9), 79);

        JsonObject applied = created(Api.as(ADMIN).post(PATH, apply(person, "TECHNICIAN", 1, false)));
        String id = applied.getString("id");
        assertThat(applied.getString("number")).startsWith("CE-");
        assertThat(applied.getString("state")).isEqualTo("APPLIED");
        assertThat(Complaints.clockStatus(applied, "CHECK")).isEqualTo("RUNNING");
        assertThat(applied.getBoolean("prerequisitesRecorded")).isFalse();
        JsonObject test = rule(applied, "OnlineTestPassed");
        assertThat(test.getBoolean("passed")).as("79 is below the pass score of 80").isFalse();
        assertThat(rule(applied, "LmsStudyCompleted").getString("evidence")).contains("TECH-L1-STUDY done on " + TODAY.minusDays(10));
        assertThat(Complaints.actions(applied)).containsExactly("WITHDRAW");

        Reply refused = Api.as(TRAINING).post(PATH + "/" + id + "/check", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("\"field\":\"prerequisites\"").contains("OnlineTestPassed");
        assertThat(ok(Api.as(TRAINING).get(PATH + "/" + id)).getString("state")).isEqualTo("APPLIED");

        Training.lms(NETWORK, DEALER, person, "TECH-L1-TEST", TODAY.minusDays(2), 80);
        JsonObject checked = ok(Api.as(TRAINING).post(PATH + "/" + id + "/check", "{}"));
        assertThat(checked.getString("state")).isEqualTo("ELIGIBLE");
        assertThat(checked.getBoolean("prerequisitesRecorded")).isTrue();
        assertThat(rule(checked, "OnlineTestPassed").getString("evidence")).isEqualTo("TECH-L1-TEST done on " + TODAY.minusDays(2));
        assertThat(Complaints.clockStatus(checked, "CHECK")).isEqualTo("MET");

        String wrongLevel = Training.session(NETWORK, DEALER, "CERTIFICATION", "TECHNICIAN", 2, 10);
        Reply notThisLevel = Api.as(TRAINING).post(PATH + "/" + id + "/invitation", session(wrongLevel));
        assertThat(notThisLevel.status()).isEqualTo(400);
        assertThat(notThisLevel.body()).contains("\"field\":\"session\"");
        String full = Training.session(NETWORK, DEALER, "CERTIFICATION", "TECHNICIAN", 1, 1);
        Person other = Training.hire(NETWORK, DEALER, "TECHNICIAN", "测试 Test", TODAY.minusYears(2));
        fillSeat(other, full);
        Reply noSeat = Api.as(TRAINING).post(PATH + "/" + id + "/invitation", session(full));
        assertThat(noSeat.status()).isEqualTo(409);
        assertThat(noSeat.body()).contains("full");

        String sessionId = Training.session(NETWORK, DEALER, "CERTIFICATION", "TECHNICIAN", 1, 10);
        JsonObject invited = ok(Api.as(TRAINING).post(PATH + "/" + id + "/invitation", session(sessionId)));
        assertThat(invited.getString("state")).isEqualTo("INVITED");
        assertThat(invited.getJsonObject("session").getString("id")).isEqualTo(sessionId);
        assertThat(Complaints.steps(invited)).contains(TRAINING + ":NOTIFIED");

        Reply tooEarly = Api.as(TRAINING).post(PATH + "/" + id + "/attendance", "{\"attended\":true}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("\"field\":\"attended\"");
        Training.started(NETWORK, DEALER, sessionId);
        assertThat(ok(Api.as(TRAINING).post(PATH + "/" + id + "/attendance", "{\"attended\":true}")).getString("state")).isEqualTo("ATTENDED");

        JsonObject certified = ok(Api.as(TRAINING).post(PATH + "/" + id + "/result", "{\"passed\":true}"));
        assertThat(certified.getString("state")).isEqualTo("CERTIFIED");
        JsonObject certificate = certified.getJsonObject("certificate");
        assertThat(certificate.getString("number")).startsWith("AURORA-TECHNICIAN-L1-");
        assertThat(certificate.getString("issuedOn")).isEqualTo(TODAY.toString());
        assertThat(certificate.getString("validThrough")).isEqualTo(TODAY.plusMonths(24).minusDays(1).toString());
        assertThat(Complaints.steps(certified)).containsSubsequence(ADMIN + ":OPEN", TRAINING + ":CHECK", TRAINING + ":INVITE",
                TRAINING + ":RECORD_ATTENDANCE", TRAINING + ":PASS");

        Reply again = Api.as(ADMIN).post(PATH, apply(person, "TECHNICIAN", 1, false));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"renewal\"").contains(certificate.getString("number"));
        Reply tooSoonToRenew = Api.as(ADMIN).post(PATH, apply(person, "TECHNICIAN", 1, true));
        JsonObject renewal = created(tooSoonToRenew);
        assertThat(rule(renewal, "RenewalWindowOpen").getString("reason"))
                .isEqualTo("the renewal window opens on " + TODAY.plusMonths(24).minusDays(1).minusDays(89));
    }

    @Test
    void serviceAdvisorBronzeByYearsInTheRoleAndSilverThroughTheWrittenExam() throws Exception {
        Person advisor = Training.hire(NETWORK, DEALER, "SERVICE_ADVISOR", "测试 Test", TODAY.minusYears(3));
        Person newcomer = Training.hire(NETWORK, DEALER, "SERVICE_ADVISOR", "测试 Test", TODAY.minusYears(3).plusDays(1));

        JsonObject notYet = created(Api.as(ADMIN).post(PATH, apply(newcomer, "SERVICE_ADVISOR", 1, false)));
        assertThat(rule(notYet, "YearsInRoleOrTrainingAttended").getBoolean("passed")).as("a day short of 3 years, no training").isFalse();
        Training.attendedTraining(NETWORK, DEALER, newcomer, "SA-BASICS");
        assertThat(rule(ok(Api.as(TRAINING).get(PATH + "/" + notYet.getString("id"))), "YearsInRoleOrTrainingAttended")
                .getBoolean("passed")).as("the training replaces the years").isTrue();

        String bronze = certify(advisor, "SERVICE_ADVISOR", 1, false);
        assertThat(bronze).startsWith("AURORA-SERVICE_ADVISOR-L1-");

        Training.lms(NETWORK, DEALER, advisor, "SA-SILVER-LMS", TODAY.minusDays(5), null);
        Training.attendedTraining(NETWORK, DEALER, advisor, "SA-ADVANCED");
        JsonObject silver = created(Api.as(ADMIN).post(PATH, apply(advisor, "SERVICE_ADVISOR", 2, false)));
        String id = silver.getString("id");
        assertThat(silver.getString("state")).isEqualTo("REGISTERED_FOR_EXAM");
        assertThat(rule(silver, "HoldsPrerequisiteLevel").getString("evidence")).startsWith(bronze);
        assertThat(rule(silver, "EnoughCaseStudiesSubmitted").getString("reason")).isEqualTo("3 case studies needed, 0 attached");
        for (int i = 1; i <= 3; i++) {
            Claims.attach(ADMIN, id, "CASE_STUDY", "case-" + i + ".pdf", "application/pdf", Claims.PDF);
        }
        assertThat(ok(Api.as(TRAINING).post(PATH + "/" + id + "/check", "{}")).getString("state")).isEqualTo("EXAM_DUE");
        Reply certificationFirst = Api.as(TRAINING).post(PATH + "/" + id + "/invitation",
                session(Training.session(NETWORK, DEALER, "CERTIFICATION", "SERVICE_ADVISOR", 2, 10)));
        assertThat(certificationFirst.status()).as("silver takes the written exam first").isEqualTo(409);

        String exam = Training.session(NETWORK, DEALER, "WRITTEN_EXAM", "SERVICE_ADVISOR", 2, 10);
        assertThat(ok(Api.as(TRAINING).post(PATH + "/" + id + "/exam-invitation", session(exam))).getString("state")).isEqualTo("EXAM_INVITED");
        Training.started(NETWORK, DEALER, exam);
        assertThat(ok(Api.as(TRAINING).post(PATH + "/" + id + "/exam-result", "{\"passed\":true}")).getString("state")).isEqualTo("ELIGIBLE");
        String practical = Training.session(NETWORK, DEALER, "CERTIFICATION", "SERVICE_ADVISOR", 2, 10);
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/invitation", session(practical)));
        Training.started(NETWORK, DEALER, practical);
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/attendance", "{\"attended\":true}"));
        JsonObject certified = ok(Api.as(TRAINING).post(PATH + "/" + id + "/result", "{\"passed\":true}"));
        assertThat(certified.getString("state")).isEqualTo("CERTIFIED");
        assertThat(certified.getJsonObject("certificate").getString("number")).startsWith("AURORA-SERVICE_ADVISOR-L2-");
        assertThat(Complaints.steps(certified)).containsSubsequence(TRAINING + ":CHECK", TRAINING + ":INVITE_TO_EXAM",
                TRAINING + ":PASS_EXAM", TRAINING + ":INVITE", TRAINING + ":RECORD_ATTENDANCE", TRAINING + ":PASS");
    }

    @Test
    void anotherDealerSeesNothingAndBadInputChangesNothing() throws Exception {
        Person person = Training.hire(NETWORK, DEALER, "TECHNICIAN", "测试 Test", TODAY.minusYears(1));
        String id = created(Api.as(ADMIN).post(PATH, apply(person, "TECHNICIAN", 1, false))).getString("id");

        assertThat(Api.as(OTHER_ADMIN).get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(Api.as(OTHER_ADMIN).post(PATH + "/" + id + "/withdraw", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(Api.as(OTHER_ADMIN).get(PATH).array().stream().map(JsonObject.class::cast).map(a -> a.getString("id"))).doesNotContain(id);
        Reply notTheirs = Api.as(OTHER_ADMIN).post(PATH, apply(person, "TECHNICIAN", 1, false));
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.body()).contains("\"field\":\"person\"");

        assertThat(Api.as(ADVISOR).post(PATH, apply(person, "TECHNICIAN", 2, false)).status()).isEqualTo(403);
        Reply unknownProgramme = Api.as(ADMIN).post(PATH, apply(person, "ASTRONAUT", 1, false));
        assertThat(unknownProgramme.status()).isEqualTo(400);
        assertThat(unknownProgramme.body()).contains("\"field\":\"programme\"");
        Reply levelZero = Api.as(ADMIN).post(PATH, apply(person, "TECHNICIAN", 0, false));
        assertThat(levelZero.status()).isEqualTo(400);
        assertThat(levelZero.body()).contains("\"field\":\"level\"");
        Reply second = Api.as(ADMIN).post(PATH, apply(person, "TECHNICIAN", 1, false));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("\"field\":\"person\"");

        Reply noReason = Api.as(TRAINING).post(PATH + "/" + id + "/reject", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(Api.as(ADMIN).post(PATH + "/" + id + "/check", "{}").status()).isEqualTo(403);
        JsonObject unchanged = ok(Api.as(ADMIN).get(PATH + "/" + id));
        assertThat(unchanged.getString("state")).isEqualTo("APPLIED");
        assertThat(Complaints.steps(unchanged)).hasSize(1);
        List<String> mine = Api.as(ADMIN).get(PATH + "?state=APPLIED").array().stream().map(JsonObject.class::cast)
                .map(a -> a.getString("id")).toList();
        assertThat(mine).contains(id);

        JsonObject withdrawn = ok(Api.as(ADMIN).post(PATH + "/" + id + "/withdraw", "{\"reason\":\"left for another course\"}"));
        assertThat(withdrawn.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(Complaints.clockStatus(withdrawn, "CHECK")).isEqualTo("MET");
    }

    @Test
    void aRenewalInsideTheWindowCarriesOnFromTheOldCertificatesLastDay() throws Exception {
        Person technician = Training.hire(NETWORK, DEALER, "TECHNICIAN", "续证 Renewal", TODAY.minusYears(3));
        String first = created(Api.as(ADMIN).post(PATH, apply(technician, "TECHNICIAN", 1, false))).getString("id");
        ok(Api.as(ADMIN).post(PATH + "/" + first + "/withdraw", "{\"reason\":\"certified elsewhere\"}"));
        java.time.LocalDate ends = TODAY.plusDays(30);
        Training.certify(NETWORK, DEALER, technician, "TECHNICIAN", 1, ends.minusMonths(24).plusDays(1), ends, first);
        Training.lms(NETWORK, DEALER, technician, "TECH-L1-STUDY", TODAY.minusDays(5), null);
        Training.lms(NETWORK, DEALER, technician, "TECH-L1-TEST", TODAY.minusDays(4), 90);

        JsonObject renewal = created(Api.as(ADMIN).post(PATH, apply(technician, "TECHNICIAN", 1, true)));
        assertThat(rule(renewal, "RenewalWindowOpen").getBoolean("passed")).isTrue();
        String id = renewal.getString("id");
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/check", "{}"));
        String session = Training.session(NETWORK, DEALER, "CERTIFICATION", "TECHNICIAN", 1, 10);
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/invitation", session(session)));
        Training.started(NETWORK, DEALER, session);
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/attendance", "{\"attended\":true}"));
        JsonObject renewed = ok(Api.as(TRAINING).post(PATH + "/" + id + "/result", "{\"passed\":true}")).getJsonObject("certificate");
        assertThat(renewed.getString("issuedOn")).isEqualTo(TODAY.toString());
        assertThat(renewed.getString("validThrough")).as("no day of the old certificate is lost")
                .isEqualTo(ends.plusDays(1).plusMonths(24).minusDays(1).toString());
    }

    @Test
    void theTrainingDepartmentKeepsTheLevelsAndNobodyElse() {
        String level = "/platform/api/training/programmes/EV_HV/levels/1";
        JsonObject before = Api.as(TRAINING).get("/platform/api/training/programmes").array().stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("programme").equals("EV_HV")).findFirst().orElseThrow();
        String change = "{\"name\":\"高压作业 High voltage\",\"validityMonths\":18,\"renewalWindowDays\":45,\"studyCourse\":\"EV-HV-STUDY\","
                + "\"testCourse\":\"EV-HV-TEST\",\"requiredPerDealer\":true}";
        assertThat(Api.as(ADMIN).put(level, change).status()).isEqualTo(403);
        Reply unknownCourse = Api.as(TRAINING).put(level, change.replace("EV-HV-TEST", "NO-SUCH-COURSE"));
        assertThat(unknownCourse.status()).isEqualTo(400);
        assertThat(unknownCourse.body()).contains("\"field\":\"testCourse\"");
        Reply tooLong = Api.as(TRAINING).put(level, change.replace("18", "121"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"validityMonths\"");

        JsonObject changed = ok(Api.as(TRAINING).put(level, change));
        assertThat(changed.getInt("validityMonths")).isEqualTo(18);
        assertThat(changed.getInt("renewalWindowDays")).isEqualTo(45);
        ok(Api.as(TRAINING).put(level, change.replace("18", String.valueOf(before.getInt("validityMonths")))
                .replace("45", String.valueOf(before.getInt("renewalWindowDays")))));
    }

    /** Walks an application of an eligible person to its certificate; returns the certificate number. */
    private static String certify(Person person, String programme, int level, boolean renewal) throws Exception {
        String id = created(Api.as(ADMIN).post(PATH, apply(person, programme, level, renewal))).getString("id");
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/check", "{}"));
        String session = Training.session(NETWORK, DEALER, "CERTIFICATION", programme, level, 10);
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/invitation", session(session)));
        Training.started(NETWORK, DEALER, session);
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/attendance", "{\"attended\":true}"));
        return ok(Api.as(TRAINING).post(PATH + "/" + id + "/result", "{\"passed\":true}")).getJsonObject("certificate").getString("number");
    }

    /** Another application of a person takes the session's only seat. */
    private static void fillSeat(Person person, String session) throws Exception {
        String id = created(Api.as(ADMIN).post(PATH, apply(person, "TECHNICIAN", 1, false))).getString("id");
        Training.lms(NETWORK, DEALER, person, "TECH-L1-STUDY", TODAY.minusDays(3), null);
        Training.lms(NETWORK, DEALER, person, "TECH-L1-TEST", TODAY.minusDays(3), 95);
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/check", "{}"));
        ok(Api.as(TRAINING).post(PATH + "/" + id + "/invitation", session(session)));
    }

    private static JsonObject rule(JsonObject application, String rule) {
        return application.getJsonArray("prerequisites").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("rule").equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + application));
    }

    private static String apply(Person person, String programme, int level, boolean renewal) {
        return "{\"person\":\"%s\",\"programme\":\"%s\",\"level\":%d,\"renewal\":%s}".formatted(person.id(), programme, level, renewal);
    }

    private static String session(String id) {
        return "{\"session\":\"" + id + "\"}";
    }

    private static JsonObject created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }
}
