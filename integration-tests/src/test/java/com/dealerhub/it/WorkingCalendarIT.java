package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Stack;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static com.dealerhub.it.support.Claims.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each network's working calendar, the data SLA clocks count working time with: China's published
 * holidays and make-up working days to start from, kept by head office, readable in the network,
 * and a warning while next year is not entered.
 */
class WorkingCalendarIT {

    private static final String PATH = "/platform/api/calendar";

    @Test
    void aNetworkStartsFromThePublishedHolidaysAndMakeUpWorkingDays() {
        JsonObject calendar = ok(Api.as("aurora-e01-advisor").get(PATH + "?year=2026"));

        assertThat(calendar.getString("zone")).isEqualTo("Asia/Shanghai");
        assertThat(calendar.getString("opens")).isEqualTo("08:30");
        assertThat(calendar.getJsonArray("years").getValuesAs(JsonValue::toString)).contains("2025", "2026");
        assertThat(calendar.getJsonArray("days").getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.getString("day") + " " + d.getString("kind")).isEqualTo("2026-10-01 HOLIDAY"))
                .anySatisfy(d -> assertThat(d.getString("day") + " " + d.getString("kind")).isEqualTo("2026-10-10 WORKING_DAY"));
    }

    @Test
    void aNetworkOnboardedLaterStartsFromTheSameCalendar() throws SQLException {
        String code = "delta" + Cases.uniqueWord().substring(3, 9);
        Reply onboarded = Api.as("platform-admin").post("/tenant-admin/api/networks",
                "{\"code\":\"" + code + "\",\"name\":\"Delta Motors\",\"regions\":[{\"code\":\"" + code + "-east\",\"name\":\"East\"}]}");
        assertThat(onboarded.status()).as("%s", onboarded).isEqualTo(201);

        try (Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT public.dealerhub_enter_scope('NETWORK', '" + code + "', '', '')");
            try (ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM working_calendar), "
                    + "(SELECT count(*) FROM calendar_day WHERE day = '2026-10-10' AND kind = 'WORKING_DAY')")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
                assertThat(rows.getInt(2)).isEqualTo(1);
            }
            connection.rollback();
        }
    }

    @Test
    void headOfficeEntersNextYearAndTheWarningGoesOnlyForItsOwnNetwork() {
        int next = LocalDate.now().getYear() + 1;
        String days = "{\"days\":[{\"day\":\"" + next + "-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦 New Year's Day\"},"
                + "{\"day\":\"" + next + "-02-06\",\"kind\":\"WORKING_DAY\",\"name\":\"春节调休 make-up day\"}]}";
        assertThat(ok(Api.as("borealis-it").get(PATH)).getBoolean("nextYearMissing")).isTrue();

        assertThat(Api.as("aurora-e01-admin").put(PATH + "/years/" + next, days).status()).isEqualTo(403);
        assertThat(Api.as("aurora-analyst").put(PATH + "/years/" + next, days).status()).isEqualTo(403);
        Reply wrongYear = Api.as("aurora-it").put(PATH + "/years/" + next,
                "{\"days\":[{\"day\":\"2020-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"x\"}]}");
        assertThat(wrongYear.status()).as("%s", wrongYear).isEqualTo(400);
        assertThat(wrongYear.object().getString("field")).isEqualTo("days[0].day");

        JsonObject entered = ok(Api.as("aurora-it").put(PATH + "/years/" + next, days));

        assertThat(entered.getBoolean("nextYearMissing")).isFalse();
        assertThat(entered.getJsonArray("days")).hasSize(2);
        assertThat(ok(Api.as("borealis-it").get(PATH)).getBoolean("nextYearMissing")).as("another network's calendar").isTrue();
        assertThat(Api.as("aurora-it").get("/tenant-admin/api/audit?action=CALENDAR_YEAR_SET").array()).isNotEmpty();
    }

    @Test
    void businessHoursAreCheckedAndKeptByHeadOffice() {
        Reply closedBeforeOpening = Api.as("aurora-it").put(PATH + "/hours",
                "{\"zone\":\"Asia/Shanghai\",\"opens\":\"18:00\",\"closes\":\"09:00\",\"weekdays\":[\"MONDAY\"]}");
        Reply badZone = Api.as("aurora-it").put(PATH + "/hours",
                "{\"zone\":\"Mars/Olympus\",\"opens\":\"08:30\",\"closes\":\"17:30\",\"weekdays\":[\"MONDAY\"]}");

        assertThat(closedBeforeOpening.status()).isEqualTo(400);
        assertThat(closedBeforeOpening.object().getString("field")).isEqualTo("closes");
        assertThat(badZone.object().getString("field")).isEqualTo("zone");
        JsonObject saturdays = ok(Api.as("aurora-it").put(PATH + "/hours", "{\"zone\":\"Asia/Shanghai\",\"opens\":\"08:30\","
                + "\"closes\":\"17:30\",\"weekdays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\"]}"));
        assertThat(saturdays.getJsonArray("weekdays")).hasSize(6);
        ok(Api.as("aurora-it").put(PATH + "/hours", "{\"zone\":\"Asia/Shanghai\",\"opens\":\"08:30\","
                + "\"closes\":\"17:30\",\"weekdays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]}"));
    }
}
