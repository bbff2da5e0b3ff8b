package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Reply;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.number;
import static com.dealerhub.it.support.Claims.state;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/** The OEM's own KPIs from the case index: figures agree with the records behind them, within the caller's reach. */
class KpiIT {

    private static final String CLERK = "aurora-e01-claims";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String RANGE = "from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1);

    private static JsonObject figure(String user, String kpi, String parameters) {
        Reply reply = Api.as(user).get("/reporting/api/kpis/" + kpi + "?" + RANGE + "&interval=TOTAL&" + parameters);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private static List<JsonObject> rows(JsonObject report) {
        return report.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject row(JsonObject report, String group) {
        return rows(report).stream().filter(r -> r.getJsonObject("group").getString("code").equals(group)).findFirst().orElseThrow();
    }

    private static JsonObject records(String user, String kpi, String parameters) {
        Reply reply = Api.as(user).get("/reporting/api/kpis/" + kpi + "/records?" + RANGE + "&size=100&" + parameters);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private static List<String> numbers(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    @Test
    void claimFiguresEqualTheCountOfTheRecordsBehindThem() {
        JsonObject passing = submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random()))));
        JsonObject overHours = submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random()).labor("EN-101", "9.0"))));
        assertThat(state(overHours)).isEqualTo("RETURNED");
        awaitIndexed(List.of(number(passing), number(overHours)));

        JsonObject rate = row(figure("aurora-analyst", "AUTO_ADJUDICATION_PASS_RATE", "by=DEALER"), "aurora-e01");
        JsonObject passed = records("aurora-analyst", "AUTO_ADJUDICATION_PASS_RATE", "side=NUMERATOR&dealer=aurora-e01");
        JsonObject submitted = records("aurora-analyst", "AUTO_ADJUDICATION_PASS_RATE", "side=DENOMINATOR&dealer=aurora-e01");
        assertThat(passed.getJsonNumber("total").longValue()).isEqualTo(rate.getJsonNumber("count").longValue());
        assertThat(submitted.getJsonNumber("total").longValue()).isEqualTo(rate.getJsonNumber("base").longValue());
        assertThat(rate.getJsonNumber("value").doubleValue())
                .isEqualTo((double) rate.getJsonNumber("count").longValue() / rate.getJsonNumber("base").longValue());
        assertThat(numbers(passed)).contains(number(passing)).doesNotContain(number(overHours));
        assertThat(numbers(submitted)).contains(number(passing), number(overHours));

        JsonObject byReason = figure("aurora-analyst", "CLAIM_RETURN_RATE", "by=REASON&dealer=aurora-e01");
        JsonObject labor = row(byReason, "LaborWithinFlatRate");
        JsonObject returnedForLabor = records("aurora-analyst", "CLAIM_RETURN_RATE", "side=NUMERATOR&reason=LaborWithinFlatRate&dealer=aurora-e01");
        assertThat(returnedForLabor.getJsonNumber("total").longValue()).isEqualTo(labor.getJsonNumber("count").longValue());
        assertThat(numbers(returnedForLabor)).contains(number(overHours)).doesNotContain(number(passing));
    }

    @Test
    void aDealerSeesItsOwnFiguresBesideTheNetworksAndNothingOfAnotherDealer() {
        JsonObject own = figure("aurora-e01-admin", "AUTO_ADJUDICATION_PASS_RATE", "by=DEALER");
        assertThat(rows(own)).extracting(r -> r.getJsonObject("group").getString("code")).containsExactly("aurora-e01");
        assertThat(own.getJsonArray("network")).singleElement()
                .satisfies(n -> assertThat(n.asJsonObject().getJsonObject("group").getString("code")).isEqualTo("aurora"));

        assertThat(rows(figure("aurora-e01-admin", "AUTO_ADJUDICATION_PASS_RATE", "by=DEALER&dealer=aurora-e02"))).isEmpty();
        JsonObject others = records("aurora-e01-admin", "AUTO_ADJUDICATION_PASS_RATE", "side=DENOMINATOR&dealer=aurora-e02");
        assertThat(others.getJsonNumber("total").longValue()).isZero();
        JsonObject mine = records("aurora-e01-admin", "AUTO_ADJUDICATION_PASS_RATE", "side=DENOMINATOR");
        assertThat(mine.getJsonArray("items")).allSatisfy(v -> assertThat(v.asJsonObject().getString("dealerCode")).isEqualTo("aurora-e01"));
    }

    @Test
    void anFmcSeesItsRegionsAndAnAnalystTheNetwork() {
        assertThat(rows(figure("aurora-fmc-east", "COMPLAINT_CONTACT_RATE", "by=REGION")))
                .extracting(r -> r.getJsonObject("group").getString("code")).containsExactly("aurora-east");
        assertThat(rows(figure("aurora-fmc-east", "COMPLAINT_CONTACT_RATE", "by=DEALER")))
                .extracting(r -> r.getJsonObject("group").getString("code"))
                .contains("aurora-e01", "aurora-e04").doesNotContain("aurora-s01", "aurora-w01", "borealis-e01");
        assertThat(rows(figure("borealis-analyst", "ACCOUNT_REQUESTS", "by=REGION")))
                .hasSize(3).allSatisfy(r -> assertThat(r.getJsonObject("group").getString("code")).startsWith("borealis-"));
        assertThat(Api.as("platform-admin").get("/reporting/api/kpis/ACCOUNT_REQUESTS").status()).isEqualTo(403);
    }

    @Test
    void theCatalogueDescribesEveryKpiInBothLanguages() {
        Reply catalogue = Api.as("aurora-analyst").get("/reporting/api/kpis");

        assertThat(catalogue.array()).hasSizeGreaterThanOrEqualTo(26).allSatisfy(v -> {
            JsonObject kpi = v.asJsonObject();
            assertThat(kpi.getInt("version")).isPositive();
            assertThat(kpi.getJsonObject("name").getString("zh")).isNotBlank();
            assertThat(kpi.getJsonObject("formula").getString("en")).isNotBlank();
        });
    }

    @Test
    void aKpiTableAndTheRecordsBehindItsFiguresExportAsCsvThatExcelOpens() {
        JsonObject report = figure("aurora-analyst", "AUTO_ADJUDICATION_PASS_RATE", "by=DEALER");
        Reply csv = Api.as("aurora-analyst").get("/reporting/api/kpis/AUTO_ADJUDICATION_PASS_RATE?" + RANGE
                + "&interval=TOTAL&by=DEALER&format=csv&lang=zh-CN");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).contains("分子", "分母", "数值");
        assertThat(lines).hasSize(1 + report.getJsonArray("rows").size() + report.getJsonArray("network").size());

        JsonObject submitted = records("aurora-analyst", "AUTO_ADJUDICATION_PASS_RATE", "side=DENOMINATOR");
        Reply records = Api.as("aurora-analyst").get("/reporting/api/kpis/AUTO_ADJUDICATION_PASS_RATE/records?" + RANGE
                + "&side=DENOMINATOR&format=csv&lang=en");
        assertThat(records.status()).isEqualTo(200);
        assertThat(records.body().lines().count() - 1).isEqualTo(submitted.getJsonNumber("total").longValue());
        assertThat(Api.as("aurora-analyst").get("/reporting/api/kpis/AUTO_ADJUDICATION_PASS_RATE?format=xlsx").contentType())
                .contains("spreadsheetml");
        assertProblem("/reporting/api/kpis/AUTO_ADJUDICATION_PASS_RATE?format=pdf", 400, "format");
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertProblem("/reporting/api/kpis/APPOINTMENT_RATE?interval=WEEK", 400, "interval");
        assertProblem("/reporting/api/kpis/APPOINTMENT_RATE?from=yesterday", 400, "from");
        assertProblem("/reporting/api/kpis/APPOINTMENT_RATE?from=2026-10-02&to=2026-10-01", 400, "to");
        assertProblem("/reporting/api/kpis/APPOINTMENT_RATE?by=REASON", 400, "by");
        assertProblem("/reporting/api/kpis/RESCUE_SCORE/records", 400, "kpi");
        assertProblem("/reporting/api/kpis/CLAIM_CYCLE_TIME/records?side=NUMERATOR", 400, "side");
        assertThat(Api.as("aurora-analyst").get("/reporting/api/kpis/NO_SUCH_KPI").status()).isEqualTo(404);
    }

    private static void assertProblem(String path, int status, String field) {
        Reply reply = Api.as("aurora-analyst").get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("field")).isEqualTo(field);
    }

    private static void awaitIndexed(List<String> numbers) {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (numbers(records("aurora-analyst", "AUTO_ADJUDICATION_PASS_RATE", "side=DENOMINATOR&dealer=aurora-e01")).containsAll(numbers)) {
                return;
            }
            Cases.sleep(100);
        }
        throw new AssertionError("claims " + numbers + " not indexed");
    }
}
