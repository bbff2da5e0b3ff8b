package com.dealerhub.it.console;

import com.dealerhub.it.support.Browser;
import com.dealerhub.it.support.Training;
import com.dealerhub.it.support.Training.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training in the console, in headless Chromium against the running stack: the dealer admin finds
 * the training pages under one menu entry, sees the person on the roster and applies for a
 * technician certification, reading each prerequisite's verdict; the training department, in
 * Chinese, checks the application and invites the technician to a session with a free seat.
 */
class ConsoleTrainingIT {

    static final String NETWORK = "aurora";
    static final String DEALER = "aurora-e01";

    @Test
    void theDealerAdminAppliesAndTheTrainingDepartmentChecksAndInvites() throws Exception {
        Person technician = Training.hire(NETWORK, DEALER, "TECHNICIAN", "控制台 Console " + System.nanoTime() % 100000,
                Training.today().minusYears(2));
        Training.lms(NETWORK, DEALER, technician, "TECH-L1-STUDY", Training.today().minusDays(6), null);
        Training.lms(NETWORK, DEALER, technician, "TECH-L1-TEST", Training.today().minusDays(5), 92);
        String session = Training.session(NETWORK, DEALER, "CERTIFICATION", "TECHNICIAN", 1, 12);

        String fragment;
        try (Browser admin = Browser.loginAs("aurora-e01-admin")) {
            admin.click(By.id("nav-training"));
            assertThat(admin.waitForText(By.id("training-pages"), "Certification applications"))
                    .contains("Staff roster", "Training sessions", "Certificates");
            admin.screenshot("training-home");
            admin.click(By.id("training-roster"));
            admin.waitForText(By.cssSelector("main"), technician.staffNumber());
            admin.open("certifications/new");
            admin.waitForText(By.cssSelector("main h2"), "Apply for certification");
            admin.choose(By.id("field-person"), technician.id().toString());
            admin.choose(By.id("field-level"), "TECHNICIAN:1");
            admin.screenshot("certification-apply");
            admin.click(By.id("certification-apply"));
            admin.waitForText(By.id("certification-state"), "Applied");
            assertThat(admin.find(By.cssSelector("#prerequisites tr[data-rule=OnlineTestPassed]")).getAttribute("data-passed")).isEqualTo("true");
            assertThat(admin.text(By.id("prerequisites"))).contains("Online test passed", "TECH-L1-TEST done on");
            assertThat(admin.present(By.id("action-CHECK"))).as("the dealer does not check its own application").isFalse();
            assertThat(admin.present(By.id("action-WITHDRAW"))).isTrue();
            admin.screenshot("certification-applied");
            fragment = admin.currentUrl().substring(admin.currentUrl().indexOf("#/") + 2);
        }

        try (Browser training = Browser.loginAs("aurora-training", "zh-CN")) {
            training.open(fragment);
            training.waitForText(By.id("certification-state"), "已申请");
            training.click(By.id("action-CHECK"));
            training.waitForText(By.id("certification-state"), "审核通过");
            assertThat(training.text(By.cssSelector("main"))).contains("审核时记录的结果");
            training.click(By.id("action-INVITE"));
            training.choose(By.id("field-session"), session);
            training.screenshot("certification-invite-zh");
            training.click(By.cssSelector(".dialog button[type=submit]"));
            training.waitForText(By.id("certification-state"), "已邀请");
            assertThat(training.text(By.id("certification-session"))).contains("培训中心");
            training.screenshot("certification-invited-zh");
            training.open("programmes");
            assertThat(training.waitForText(By.id("programmes"), "高压作业")).contains("每家经销商", "服务顾问银牌（含笔试）");
            assertThat(training.present(By.cssSelector(".edit-level"))).as("the training department keeps the levels").isTrue();
            training.screenshot("programmes-zh");
        }
    }
}
