package com.dealerhub.it.console;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Browser;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Vins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.number;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in headless Chromium under the console's strict CSP: an analyst reads a KPI in
 * Chinese with its trend, ranking and distribution drawn, and opens the records behind a figure,
 * as many as the figure says; a dealer admin reads its own dashboard in English beside the network.
 */
class ConsoleReportsIT {

    private static final By TREND = By.cssSelector("figure[data-chart=trend] svg");

    @Test
    void anAnalystReadsAKpiInChineseWithItsChartsAndOpensTheRecordsBehindAFigure() {
        String claim = number(submit("aurora-e01-claims", id(draft("aurora-e01-claims", Claims.regular(Vins.random())))));
        for (int attempt = 0; attempt < 100 && !Api.as("aurora-analyst")
                .get("/reporting/api/kpis/AUTO_ADJUDICATION_PASS_RATE/records?dealer=aurora-e01&size=100").body().contains(claim); attempt++) {
            Cases.sleep(100);
        }

        try (Browser analyst = Browser.loginAs("aurora-analyst", "zh-CN")) {
            analyst.click(By.id("nav-reports"));
            analyst.waitForText(By.id("kpi-dashboard"), "自动审核通过率");
            analyst.open("reports?by=DEALER&kpi=AUTO_ADJUDICATION_PASS_RATE");
            analyst.waitForText(By.cssSelector(".kpi-detail h3"), "自动审核通过率");
            analyst.find(TREND);
            assertThat(analyst.present(By.cssSelector("figure[data-chart=trend] polyline, figure[data-chart=trend] circle"))).isTrue();
            assertThat(analyst.present(By.cssSelector("figure[data-chart=ranking] rect.bar"))).as("ranking bars").isTrue();
            assertThat(analyst.present(By.cssSelector("figure[data-chart=distribution] rect.bar"))).as("distribution bars").isTrue();
            assertThat(analyst.text(By.id("kpi-figures"))).contains("全网");
            analyst.screenshot("reports-kpi-zh");

            By numerator = By.cssSelector("#kpi-figures tr[data-row=aurora-e01] a[data-side=NUMERATOR]");
            String count = analyst.text(numerator);
            analyst.click(numerator);
            analyst.waitForText(By.id("kpi-records"), claim);
            assertThat(analyst.find(By.id("records-total")).getAttribute("data-total")).isEqualTo(count);
            assertThat(analyst.text(By.id("records-total"))).contains("分子");
            analyst.screenshot("reports-records-zh");
        }
    }

    @Test
    void aDealerAdminReadsItsOwnDashboardInEnglishBesideTheNetwork() {
        try (Browser admin = Browser.loginAs("aurora-e01-admin")) {
            admin.click(By.id("nav-reports"));
            String dashboard = admin.waitForText(By.id("kpi-dashboard"), "Appointment rate");
            assertThat(dashboard).contains("Network", "Claim cycle time");
            admin.find(TREND);
            assertThat(admin.text(By.cssSelector(".kpi-detail"))).contains("Formula");
            assertThat(admin.text(By.id("kpi-figures"))).doesNotContain("aurora-e02");
            admin.screenshot("reports-dealer-en");
        }
    }
}
