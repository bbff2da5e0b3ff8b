package com.dealerhub.it.console;

import com.dealerhub.it.support.Browser;
import com.dealerhub.it.support.Complaints;
import com.dealerhub.it.support.Vins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints in the console, in headless Chromium against the running stack: CAC records and
 * dispatches a complaint on the form, the dealer's service advisor finds the one step it may take
 * (contact the customer) and takes it, and the clocks show their statuses on the way.
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
            assertThat(advisor.text(By.cssSelector(".case-actions"))).as("the buttons are the allowed actions").isEqualTo("Record the contact");
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

    private static String clockStatus(Browser browser, String clock) {
        return browser.text(By.cssSelector("tr[data-clock=" + clock + "] .clock-status"));
    }
}
