package com.dealerhub.it.console;

import com.dealerhub.it.support.Browser;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Complaints;
import com.dealerhub.it.support.Vins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints in the console, in headless Chromium against the running stack: CAC records and
 * dispatches a complaint on the form, the dealer's service advisor finds the one step it may take
 * (contact the customer) and takes it, and the clocks show their statuses on the way; the FMC
 * offers goodwill on a complaint and the dealer submits it with its evidence; head office reads
 * the clock policies.
 */
class ConsoleComplaintsIT {

    @Test
    void cacRecordsAndDispatchesTheAdvisorContactsTheCustomerAndTheClocksShow() {
        String vin = Vins.random();
        String subject = "仪表盘报警 dashboard warning " + vin.substring(11);
        String fragment;
        try (Browser cac = Browser.loginAs("aurora-cac")) {
            assertThat(cac.waitForText(By.cssSelector("main h2"), "My work queue")).as("every OEM role starts on the unified work queue").isNotEmpty();
            cac.screenshot("unified-work-queue");
            cac.click(By.id("nav-complaints")).click(By.id("new-complaint"));
            cac.click(By.id("record-and-dispatch"));
            assertThat(cac.waitForText(By.cssSelector("[data-field=vin]"), "Required")).as("nothing sent while fields are missing").isNotEmpty();
            cac.type(By.id("field-dealer"), "aurora-e01")
                    .choose(By.id("field-source"), "HOTLINE")
                    .choose(By.id("field-category"), "PRODUCT_QUALITY")
                    .type(By.id("field-customerName"), "王女士 Ms Wang")
                    .type(By.id("field-customerPhone"), "13800001234")
                    .type(By.id("field-vin"), vin)
                    .type(By.id("field-model"), "S3")
                    .choose(By.id("field-faultCategory"), "ELECTRICAL")
                    .type(By.id("field-subject"), subject)
                    .type(By.id("field-description"), "客户反映仪表盘多次报警 the warning comes back after every restart");
            cac.click(By.id("field-isMedia"));
            cac.click(By.id("record-and-dispatch"));
            assertThat(cac.waitForText(By.cssSelector("[data-field='media.mediaName']"), "Required")).as("the media flag asks for its details").isNotEmpty();
            cac.click(By.id("field-isMedia"));
            cac.screenshot("complaint-form");
            cac.click(By.id("record-and-dispatch"));
            cac.waitForText(By.id("complaint-state"), "Dispatched");
            assertThat(clockStatus(cac, "DISPATCH")).isEqualTo("met");
            assertThat(clockStatus(cac, "CONTACT")).isEqualTo("running");
            assertThat(cac.text(By.cssSelector("tr[data-clock=CONTACT]"))).contains("left");
            assertThat(cac.present(By.id("action-CONTACT"))).as("CAC does not contact for the dealer").isFalse();
            cac.screenshot("complaint-dispatched");
            fragment = cac.currentUrl().substring(cac.currentUrl().indexOf("#/") + 2);
            cac.click(By.id("nav-complaints"));
            cac.waitForText(By.id("complaints"), subject);
            cac.screenshot("complaints-list");
        }
        String id = fragment.substring(fragment.lastIndexOf('/') + 1);

        try (Browser advisor = Browser.loginAs("aurora-e01-advisor")) {
            advisor.click(By.id("nav-complaints"));
            advisor.waitForText(By.id("complaints"), subject);
            advisor.click(By.linkText(Complaints.get("aurora-e01-advisor", id).getString("number")));
            advisor.waitForText(By.id("complaint-state"), "Dispatched");
            assertThat(advisor.text(By.cssSelector(".case-actions"))).as("the buttons are the allowed actions")
                    .contains("Record the contact", "Reply to CAC").doesNotContain("Close", "File a delay");
            advisor.click(By.id("action-CONTACT"));
            advisor.click(By.cssSelector(".dialog button[type=submit]"));
            assertThat(advisor.waitForText(By.cssSelector(".dialog [data-field=note]"), "Required")).isNotEmpty();
            advisor.type(By.id("field-note"), "已电话联系客户，预约明天到店 called the customer, booked for tomorrow");
            advisor.screenshot("complaint-contact-dialog");
            advisor.click(By.cssSelector(".dialog button[type=submit]"));
            advisor.waitForText(By.id("complaint-state"), "In progress");
            assertThat(clockStatus(advisor, "CONTACT")).isEqualTo("met");
            assertThat(clockStatus(advisor, "CLOSURE")).isEqualTo("running");
            assertThat(advisor.present(By.id("action-CLOSE"))).isTrue();
            assertThat(advisor.present(By.id("action-FILE_DELAY"))).isTrue();
            assertThat(advisor.text(By.className("timeline"))).contains("contacted the customer").contains("called the customer");
            advisor.screenshot("complaint-contacted");
        }
        assertThat(Complaints.clockStatus(Complaints.get("aurora-cac", id), "CONTACT")).isEqualTo("MET");
    }

    @Test
    void aGenericCaseShowsTheStepsItsTableAllowsAndTakesThem() {
        var opened = com.dealerhub.it.support.Cases.open("aurora-e01-advisor", "Gearbox shift shock " + com.dealerhub.it.support.Cases.uniqueWord(), "harsh 2-3 upshift");
        try (Browser advisor = Browser.loginAs("aurora-e01-advisor")) {
            advisor.open("cases/" + opened.getString("id"));
            advisor.waitForText(By.cssSelector(".case-actions"), "Start work");
            assertThat(advisor.text(By.cssSelector(".case-actions"))).contains("Resolve").doesNotContain("Reopen");
            advisor.click(By.id("action-START"));
            advisor.type(By.id("field-note"), "diagnosis started");
            advisor.click(By.cssSelector(".dialog button[type=submit]"));
            advisor.waitForText(By.cssSelector(".badge.big"), "In progress");
            assertThat(advisor.present(By.id("action-START"))).isFalse();
            advisor.screenshot("generic-case-started");
        }
        assertThat(com.dealerhub.it.support.Api.as("aurora-e01-advisor").get("/platform/api/cases/" + opened.getString("id"))
                .object().getString("state")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theFmcOffersGoodwillTheDealerSubmitsItWithItsEvidenceAndHeadOfficeReadsTheClockPolicies() throws IOException {
        String complaint = Complaints.record("aurora-cac", Complaints.body("aurora-e01", null, "BRAKES")).getString("id");
        Complaints.step("aurora-cac", complaint, "dispatch", "{}");
        Path folder = Files.createDirectories(Path.of("target", "console-files"));
        Path agreement = Files.write(folder.resolve("goodwill-agreement.pdf"), Claims.PDF);
        Path invoice = Files.write(folder.resolve("goodwill-invoice.pdf"), Claims.PDF);

        String goodwill;
        try (Browser fmc = Browser.loginAs("aurora-fmc-east")) {
            fmc.open("complaints/" + complaint).click(By.id("offer-goodwill"));
            fmc.type(By.id("field-capAmount"), "3000").type(By.id("field-oemSharePercent"), "50")
                    .type(By.id("field-dealerSharePercent"), "30").type(By.id("field-customerSharePercent"), "10")
                    .type(By.id("field-conditions"), "刹车片更换费用按比例分摊 brake pads shared");
            fmc.click(By.id("open-goodwill"));
            assertThat(fmc.waitForText(By.cssSelector("[data-field=oemSharePercent]"), "100")).contains("add up to 100");
            fmc.type(By.id("field-customerSharePercent"), "20");
            fmc.screenshot("goodwill-offer");
            fmc.click(By.id("open-goodwill"));
            fmc.waitForText(By.id("goodwill-state"), "Conditions set");
            assertThat(fmc.text(By.id("goodwill-cap")).replace('\u00a0', ' ')).isEqualTo("¥ 3,000.00");
            goodwill = fmc.currentUrl().substring(fmc.currentUrl().indexOf("#/") + 2);
        }
        try (Browser clerk = Browser.loginAs("aurora-e01-claims")) {
            clerk.open(goodwill);
            assertThat(clerk.waitForText(By.id("goodwill-missing"), "Signed agreement")).contains("Invoice");
            clerk.choose(By.id("attachment-purpose"), "SIGNED_AGREEMENT").upload(By.id("attachment-file"), agreement);
            clerk.waitForText(By.className("attachments"), "goodwill-agreement.pdf");
            clerk.choose(By.id("attachment-purpose"), "INVOICE").upload(By.id("attachment-file"), invoice);
            clerk.waitForText(By.className("attachments"), "goodwill-invoice.pdf");
            clerk.click(By.id("action-SUBMIT")).type(By.id("field-requestedAmount"), "3000.01");
            clerk.click(By.cssSelector(".dialog button[type=submit]"));
            assertThat(clerk.waitForText(By.cssSelector(".dialog [data-field=requestedAmount]"), "cap")).as("the server's message next to its field").isNotEmpty();
            clerk.type(By.id("field-requestedAmount"), "2000");
            clerk.click(By.cssSelector(".dialog button[type=submit]"));
            clerk.waitForText(By.id("goodwill-state"), "Submitted");
            assertThat(clerk.text(By.id("goodwill-oem-amount")).replace('\u00a0', ' ')).isEqualTo("¥ 1,000.00");
            assertThat(clockStatus(clerk, "CONFIRMATION")).isEqualTo("running");
            clerk.screenshot("goodwill-submitted");
        }
        try (Browser it = Browser.loginAs("aurora-it")) {
            it.click(By.id("nav-clockPolicies"));
            assertThat(it.waitForText(By.id("clock-policies"), "Contact the customer")).contains("working time");
            it.click(By.cssSelector("tr[data-policy='GOODWILL/STANDARD/PAYMENT'] .edit-policy"));
            it.find(By.id("save-policy"));
            it.screenshot("clock-policies");
        }
    }

    private static String clockStatus(Browser browser, String clock) {
        return browser.text(By.cssSelector("tr[data-clock=" + clock + "] .clock-status"));
    }
}
