package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Dealer rosters: kept by the dealer's admin, read by its users and by OEM staff within reach; people are network-wide. */
class TrainingRosterIT {

    static final String ROSTER = "/platform/api/training/roster";
    static final String PEOPLE = "/platform/api/training/people/";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static String staffNumber() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Reply add(String user, String staffNumber, String name, String role, String hiredOn) {
        return Api.as(user).post(ROSTER, Json.createObjectBuilder().add("staffNumber", staffNumber).add("name", name)
                .add("role", role).add("hiredOn", hiredOn).build().toString());
    }

    static JsonObject added(String user, String staffNumber, String name, String role, String hiredOn) {
        Reply reply = add(user, staffNumber, name, role, hiredOn);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.object();
    }

    static List<JsonObject> roster(String user, String query) {
        Reply reply = Api.as(user).get(ROSTER + query);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    static List<String> staffNumbers(String user, String query) {
        return roster(user, query).stream().map(e -> e.getString("staffNumber")).toList();
    }

    static List<String> fields(Reply reply) {
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    @Test
    void theDealersAdminAddsEditsAndEndsEntriesWhichItsUsersAndOemStaffInReachRead() {
        String number = staffNumber();
        JsonObject entry = added("aurora-e01-admin", number, "测试员 甲", "TECHNICIAN", "2020-04-01");
        assertThat(entry.getString("dealer")).isEqualTo("aurora-e01");
        assertThat(entry.getString("inRoleSince")).isEqualTo("2020-04-01");
        assertThat(entry.getBoolean("current")).isTrue();

        String id = entry.getString("id");
        Reply edited = Api.as("aurora-e01-admin").put(ROSTER + "/" + id, Json.createObjectBuilder().add("name", "测试员 甲")
                .add("mobile", "13800138000").add("hiredOn", "2020-04-01").add("inRoleSince", "2021-01-01").build().toString());
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        assertThat(edited.object().getString("mobile")).isEqualTo("13800138000");
        assertThat(edited.object().getString("inRoleSince")).isEqualTo("2021-01-01");

        assertThat(staffNumbers("aurora-e01-advisor", "")).contains(number);
        assertThat(staffNumbers("aurora-fmc-east", "?dealer=aurora-e01")).contains(number);
        assertThat(staffNumbers("aurora-analyst", "?dealer=aurora-e01")).contains(number);
        assertThat(Api.as("aurora-fmc-south").get(ROSTER + "?dealer=aurora-e01").status()).isEqualTo(404);
        assertThat(Api.as("borealis-analyst").get(ROSTER + "?dealer=aurora-e01").status()).isEqualTo(404);
        assertThat(Api.as("aurora-e02-admin").get(ROSTER + "?dealer=aurora-e01").status()).isEqualTo(404);
        Reply noDealer = Api.as("aurora-analyst").get(ROSTER);
        assertThat(noDealer.status()).isEqualTo(400);
        assertThat(noDealer.object().getString("field")).isEqualTo("dealer");

        assertThat(add("aurora-e01-advisor", staffNumber(), "某人", "TECHNICIAN", "2020-01-01").status()).isEqualTo(403);
        assertThat(add("aurora-training", staffNumber(), "某人", "TECHNICIAN", "2020-01-01").status()).isEqualTo(403);
        Reply again = add("aurora-e01-admin", number, "测试员 甲", "TECHNICIAN", "2020-04-01");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("field")).isEqualTo("role");

        Reply ended = Api.as("aurora-e01-admin").post(ROSTER + "/" + id + "/end", "{\"leftOn\":\"2024-06-30\"}");
        assertThat(ended.status()).as("%s", ended).isEqualTo(200);
        assertThat(ended.object().getString("leftOn")).isEqualTo("2024-06-30");
        assertThat(ended.object().getBoolean("current")).isFalse();
        assertThat(Api.as("aurora-e01-admin").post(ROSTER + "/" + id + "/end", "{\"leftOn\":\"2024-07-30\"}").status()).isEqualTo(409);
    }

    @Test
    void wrongDatesAndFieldsAreRefusedNamingEachAndStoreNothing() {
        String number = staffNumber();
        Reply refused = Api.as("aurora-e01-admin").post(ROSTER, Json.createObjectBuilder().add("staffNumber", number)
                .add("name", " ").add("role", "TECHNICIAN").add("hiredOn", "2022-01-01").add("inRoleSince", "2021-01-01")
                .add("mobile", "12ab").build().toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("name", "mobile", "inRoleSince");
        Reply future = add("aurora-e01-admin", number, "某人", "TECHNICIAN", LocalDate.now().plusYears(1).toString());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.object().getString("field")).isEqualTo("hiredOn");
        assertThat(Api.as("aurora-e01-admin").post(ROSTER, "{\"staffNumber\":\"" + number + "\",\"name\":\"某人\",\"role\":\"COOK\","
                + "\"hiredOn\":\"2020-01-01\"}").status()).isEqualTo(400);
        assertThat(staffNumbers("aurora-e01-admin", "")).doesNotContain(number);
    }

    @Test
    void aPersonMovingToAnotherDealerIsTheSamePersonAndANameThatDiffersIsRefusedWithoutRevealingTheOther() {
        String number = staffNumber();
        JsonObject atE02 = added("aurora-e02-admin", number, "周 移动", "TECHNICIAN", "2018-03-01");
        Reply ended = Api.as("aurora-e02-admin").post(ROSTER + "/" + atE02.getString("id") + "/end", "{\"leftOn\":\"2025-01-31\"}");
        assertThat(ended.status()).isEqualTo(200);

        Reply otherName = add("aurora-e01-admin", number.toLowerCase(), "吴 别人", "TECHNICIAN", "2025-02-01");
        assertThat(otherName.status()).isEqualTo(409);
        assertThat(otherName.object().getString("field")).isEqualTo("staffNumber");
        assertThat(otherName.body()).doesNotContain("周 移动");

        JsonObject atE01 = added("aurora-e01-admin", number.toLowerCase(), "周 移动", "TECHNICIAN", "2025-02-01");
        assertThat(atE01.getString("person")).isEqualTo(atE02.getString("person"));
        assertThat(atE01.getString("staffNumber")).isEqualTo(number);

        JsonObject seenByE01 = Api.as("aurora-e01-admin").get(PEOPLE + atE01.getString("person")).object();
        assertThat(seenByE01.getJsonArray("entries").getValuesAs(JsonObject.class)).extracting(e -> e.getString("dealer"))
                .containsExactly("aurora-e01");
        JsonObject seenByHeadOffice = Api.as("aurora-training").get(PEOPLE + atE01.getString("person")).object();
        assertThat(seenByHeadOffice.getJsonArray("entries").getValuesAs(JsonObject.class)).extracting(e -> e.getString("dealer"))
                .containsExactlyInAnyOrder("aurora-e01", "aurora-e02");
        assertThat(Api.as("borealis-e01-admin").get(PEOPLE + atE01.getString("person")).status()).isEqualTo(404);

        // The dealer he left keeps its entry but no longer his details.
        Reply rename = Api.as("aurora-e02-admin").put(ROSTER + "/" + atE02.getString("id"), Json.createObjectBuilder()
                .add("name", "周 改名").add("hiredOn", "2018-03-01").add("leftOn", "2025-01-31").build().toString());
        assertThat(rename.status()).isEqualTo(409);
    }

    @Test
    void anotherDealersPersonAndEntryAnswer404() {
        JsonObject atE02 = added("aurora-e02-admin", staffNumber(), "陈 别家", "SERVICE_ADVISOR", "2021-05-01");
        String person = atE02.getString("person");
        String entry = atE02.getString("id");

        assertThat(Api.as("aurora-e02-advisor").get(PEOPLE + person).status()).isEqualTo(200);
        assertThat(Api.as("aurora-e01-admin").get(PEOPLE + person).status()).isEqualTo(404);
        assertThat(Api.as("aurora-fmc-south").get(PEOPLE + person).status()).isEqualTo(404);
        assertThat(Api.as("aurora-e01-admin").get(PEOPLE + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(Api.as("aurora-e01-admin").put(ROSTER + "/" + entry, Json.createObjectBuilder().add("name", "x")
                .add("hiredOn", "2021-05-01").build().toString()).status()).isEqualTo(404);
        assertThat(Api.as("aurora-e01-admin").post(ROSTER + "/" + entry + "/end", "{\"leftOn\":\"2025-01-01\"}").status())
                .isEqualTo(404);
        assertThat(Api.as("borealis-e01-admin").post(ROSTER + "/" + entry + "/end", "{\"leftOn\":\"2025-01-01\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aFileWithBadRowsIsRefusedNamingEveryRowAndColumnAndStoresNothing() {
        String good = staffNumber();
        String csv = "staffNumber,name,role,hiredOn,inRoleSince\n"
                + good + ",好 一行,TECHNICIAN,2021-01-01,\n"
                + staffNumber() + ",坏 日期,TECHNICIAN,2021-13-01,\n"
                + staffNumber() + ",坏 角色,COOK,2021-01-01,2020-01-01\n";

        Reply refused = Api.as("aurora-e01-admin").upload(ROSTER + "/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("rows[3].hiredOn", "rows[4].role", "rows[4].inRoleSince");
        assertThat(staffNumbers("aurora-e01-admin", "")).doesNotContain(good);

        Reply badHeader = Api.as("aurora-e01-admin").upload(ROSTER + "/import", "text/csv",
                "staffNumber,name,job,hiredOn\n".getBytes(StandardCharsets.UTF_8));
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(fields(badHeader)).contains("rows[1].role");
        assertThat(Api.as("aurora-e01-advisor").upload(ROSTER + "/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
    }

    @Test
    void anXlsxRosterIsImportedAndImportingItAgainUpdatesTheSameEntries() throws IOException {
        String first = staffNumber();
        String second = staffNumber();
        byte[] workbook = workbook(List.of(
                List.of("name", "staffNumber", "role", "hiredOn", "username"),
                List.of("孙 表格", first, "TECHNICIAN", LocalDate.of(2019, 9, 1), ""),
                List.of("李 表格", second, "service_advisor", "2020/2/3", "")));

        Reply imported = Api.as("aurora-s01-admin").upload(ROSTER + "/import", XLSX, workbook);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.object().getInt("created")).isEqualTo(2);
        List<JsonObject> entries = roster("aurora-s01-admin", "").stream()
                .filter(e -> List.of(first, second).contains(e.getString("staffNumber"))).toList();
        assertThat(entries).extracting(e -> e.getString("hiredOn")).containsExactlyInAnyOrder("2019-09-01", "2020-02-03");

        Reply again = Api.as("aurora-s01-admin").upload(ROSTER + "/import", XLSX, workbook);
        assertThat(again.object().getInt("created")).isZero();
        assertThat(again.object().getInt("updated")).isEqualTo(2);

        Reply template = Api.as("aurora-s01-admin").get(ROSTER + "/template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).contains("staffNumber,name,role,hiredOn");
    }

    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("roster");
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    switch (value) {
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        }
                        case Number number -> cell.setCellValue(number.doubleValue());
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
