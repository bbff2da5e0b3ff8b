package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.dealerhub.it.TrainingRosterIT.PEOPLE;
import static com.dealerhub.it.TrainingRosterIT.XLSX;
import static com.dealerhub.it.TrainingRosterIT.added;
import static com.dealerhub.it.TrainingRosterIT.fields;
import static com.dealerhub.it.TrainingRosterIT.staffNumber;
import static org.assertj.core.api.Assertions.assertThat;

/** LMS courses and the records an LMS sends (as a client with the oem-training role): an idempotent batch and file imports. */
class TrainingLmsIT {

    static final String LMS = "/platform/api/training/lms";

    static String recordId() {
        return "IT-" + UUID.randomUUID();
    }

    static JsonObject course(JsonObject person, String code) {
        return person.getJsonArray("courses").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("course").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void coursesAreReadByTheNetworkAndKeptByTheTrainingDepartment() {
        assertThat(Api.as("aurora-e01-tech").get(LMS + "/courses").array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("code")).contains("TECH-L1-STUDY", "EV-HV-TEST");
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        Reply saved = Api.as("aurora-training").put(LMS + "/courses/" + code,
                "{\"name\":\"测试课程 Test course\",\"completion\":\"PASSED\",\"passScore\":75}");
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(Api.as("aurora-analyst").get(LMS + "/courses").body()).contains(code);
        assertThat(Api.as("borealis-training").get(LMS + "/courses").body()).doesNotContain(code);

        Reply wrong = Api.as("aurora-training").put(LMS + "/courses/" + code,
                "{\"name\":\"x\",\"completion\":\"COMPLETED\",\"passScore\":75}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.object().getString("field")).isEqualTo("passScore");
        assertThat(Api.as("aurora-e01-admin").put(LMS + "/courses/" + code,
                "{\"name\":\"x\",\"completion\":\"COMPLETED\"}").status()).isEqualTo(403);
    }

    @Test
    void aBatchIsIdempotentByRecordIdAndAnswersEachRecord() {
        String number = staffNumber();
        JsonObject entry = added("aurora-e01-admin", number, "钱 学习", "TECHNICIAN", "2022-01-10");
        String study = recordId();
        String test = recordId();
        String batch = """
                {"records":[
                  {"recordId":"%s","staffNumber":"%s","course":"TECH-L1-STUDY","completedOn":"2025-03-01"},
                  {"recordId":"%s","staffNumber":"%s","course":"TECH-L1-TEST","score":85.5,"testedOn":"2025-03-05"}
                ]}""".formatted(study, number, test, number.toLowerCase());

        JsonObject first = ok(Api.as("aurora-training").post(LMS + "/records", batch));
        assertThat(outcomes(first)).containsExactly("CREATED", "CREATED");
        assertThat(first.getInt("created")).isEqualTo(2);

        JsonObject resent = ok(Api.as("aurora-training").post(LMS + "/records", batch));
        assertThat(outcomes(resent)).containsExactly("UNCHANGED", "UNCHANGED");

        String changed = """
                {"records":[
                  {"recordId":"%s","staffNumber":"%s","course":"TECH-L1-TEST","score":70,"testedOn":"2025-03-05"},
                  {"recordId":"%s","staffNumber":"NOBODY-%s","course":"TECH-L1-TEST","score":90,"testedOn":"2025-03-05"},
                  {"recordId":"%s","staffNumber":"%s","course":"NO-SUCH-COURSE","completedOn":"2025-03-05"},
                  {"recordId":"%s","staffNumber":"%s","course":"TECH-L1-TEST","score":90}
                ]}""".formatted(test, number, recordId(), number.substring(3), recordId(), number, recordId(), number);
        JsonObject mixed = ok(Api.as("aurora-training").post(LMS + "/records", changed));
        List<JsonObject> items = mixed.getJsonArray("records").getValuesAs(JsonObject.class);
        assertThat(outcomes(mixed)).containsOnly("REFUSED");
        assertThat(items.get(0).getJsonObject("problem").getInt("status")).isEqualTo(409);
        assertThat(items.stream().map(i -> i.getJsonObject("problem").getJsonArray("errors").getJsonObject(0).getString("field")))
                .containsExactly("recordId", "staffNumber", "course", "testedOn");

        JsonObject person = Api.as("aurora-e01-advisor").get(PEOPLE + entry.getString("person")).object();
        assertThat(person.getJsonArray("lmsRecords")).hasSize(2);
        assertThat(course(person, "TECH-L1-STUDY").getString("doneOn")).isEqualTo("2025-03-01");
        assertThat(course(person, "TECH-L1-TEST").getString("doneOn")).isEqualTo("2025-03-05");
        assertThat(course(person, "EV-HV-TEST").getBoolean("done")).isFalse();

        assertThat(Api.as("aurora-e01-admin").post(LMS + "/records", batch).status()).isEqualTo(403);
        JsonObject otherNetwork = ok(Api.as("borealis-training").post(LMS + "/records", batch.replace(study, recordId())
                .replace(test, recordId())));
        assertThat(outcomes(otherNetwork)).containsOnly("REFUSED");
        Reply empty = Api.as("aurora-training").post(LMS + "/records", "{\"records\":[]}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.object().getString("field")).isEqualTo("records");
    }

    @Test
    void aRecordsFileWithABadRowStoresNothingAndAGoodWorkbookStoresEveryRecord() throws IOException {
        String number = staffNumber();
        JsonObject entry = added("aurora-e02-admin", number, "孙 导入", "TECHNICIAN", "2021-06-01");
        String csv = "recordId,staffNumber,course,completedOn,score,testedOn\n"
                + recordId() + "," + number + ",TECH-L1-STUDY,2025-01-02,,\n"
                + recordId() + "," + number + ",TECH-L1-TEST,,abc,2025-01-03\n"
                + recordId() + ",NOBODY-1," + "TECH-L1-TEST,,90,2025-01-03\n"
                + recordId() + "," + number + ",TECH-L1-TEST,,90,\n";

        Reply refused = Api.as("aurora-training").upload(LMS + "/records/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("rows[3].score", "rows[4].staffNumber", "rows[5].testedOn");
        assertThat(Api.as("aurora-e02-admin").get(PEOPLE + entry.getString("person")).object().getJsonArray("lmsRecords")).isEmpty();

        String study = recordId();
        byte[] workbook = TrainingRosterIT.workbook(List.of(
                List.of("recordId", "staffNumber", "course", "completedOn", "score", "testedOn"),
                List.of(study, number, "EV-HV-STUDY", LocalDate.of(2025, 2, 1), 96, LocalDate.of(2025, 2, 1)),
                List.of(recordId(), number, "EV-HV-TEST", "", 91.5, "2025-02-03")));
        Reply imported = Api.as("aurora-training").upload(LMS + "/records/import", XLSX, workbook);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.object().getInt("created")).isEqualTo(2);
        Reply again = Api.as("aurora-training").upload(LMS + "/records/import", XLSX, workbook);
        assertThat(again.object().getInt("unchanged")).isEqualTo(2);

        JsonObject person = Api.as("aurora-e02-admin").get(PEOPLE + entry.getString("person")).object();
        assertThat(course(person, "EV-HV-STUDY").getString("doneOn")).isEqualTo("2025-02-01");
        assertThat(course(person, "EV-HV-TEST").getString("doneOn")).isEqualTo("2025-02-03");

        String conflicting = "recordId,staffNumber,course,completedOn\n" + study + "," + number + ",EV-HV-STUDY,2025-02-09\n";
        Reply conflict = Api.as("aurora-training").upload(LMS + "/records/import", "text/csv", conflicting.getBytes(StandardCharsets.UTF_8));
        assertThat(conflict.status()).isEqualTo(400);
        assertThat(fields(conflict)).containsExactly("rows[2].recordId");
        assertThat(Api.as("aurora-e02-admin").upload(LMS + "/records/import", XLSX, workbook).status()).isEqualTo(403);
    }

    @Test
    void theDemoTechnicianWhoMovedKeepsHisRecordsAtHisNewDealer() {
        JsonObject mover = TrainingRosterIT.roster("aurora-e01-admin", "").stream()
                .filter(e -> e.getString("staffNumber").equals("AU-1999")).findFirst().orElseThrow();
        JsonObject person = Api.as("aurora-e01-tech").get(PEOPLE + mover.getString("person")).object();
        assertThat(course(person, "TECH-L1-TEST").getBoolean("done")).isTrue();
        assertThat(TrainingRosterIT.roster("aurora-e02-admin", "").stream()
                .filter(e -> e.getString("staffNumber").equals("AU-1999")).findFirst().orElseThrow()
                .getBoolean("current")).isFalse();
    }

    private static JsonObject ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.object();
    }

    private static List<String> outcomes(JsonObject batch) {
        return batch.getJsonArray("records").getValuesAs(JsonObject.class).stream().map(r -> r.getString("outcome")).toList();
    }
}
