package com.dealerhub.it.console;

import com.dealerhub.it.DealerUsersIT;
import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Browser;
import com.dealerhub.it.support.Cases;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Vins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console as its users use it, in headless Chromium against the running stack: every step
 * is a click or a keystroke on the pages, logged in through Keycloak. Each main page is
 * screenshotted into target/screenshots.
 */
class ConsoleIT {

    private static Path photo;
    private static Path explanation;
    private static Path signedStatement;

    @BeforeAll
    static void files() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "console-files"));
        photo = Files.write(folder.resolve("odometer-photo.png"), Claims.PNG);
        explanation = Files.write(folder.resolve("explanation.pdf"), Claims.PDF);
        signedStatement = Files.write(folder.resolve("signed-statement.pdf"), Claims.PDF);
    }

    @Test
    void aDealerSubmitsAClaimWithAPhotoTheFmcApprovesItTheClaimsDepartmentSettlesItAndTheDealerSeesItCredited() {
        String vin = Vins.random();
        String claimUrl;
        try (Browser dealer = Browser.loginAs("aurora-e01-claims")) {
            dealer.click(By.id("nav-claims")).screenshot("claims-list");
            dealer.click(By.id("new-claim"));
            dealer.choose(By.id("field-kind"), "ODOMETER_ROLLBACK");
            dealer.click(By.id("save-claim"));
            assertThat(dealer.waitForText(By.cssSelector("[data-field=vin]"), "Required")).as("nothing sent while fields are missing").isNotEmpty();
            dealer.type(By.id("field-vin"), "TOO-SHORT");
            assertThat(dealer.text(By.cssSelector("[data-field=vin]"))).contains("17");
            fillClaim(dealer, vin);
            dealer.screenshot("claim-form");
            dealer.click(By.id("save-claim"));
            dealer.waitForText(By.id("claim-state"), "Draft");
            claimUrl = dealer.currentUrl();

            dealer.choose(By.id("attachment-purpose"), "PHOTO").upload(By.id("attachment-file"), photo);
            dealer.find(By.cssSelector("img.thumb"));
            dealer.choose(By.id("attachment-purpose"), "EXPLANATION").upload(By.id("attachment-file"), explanation);
            dealer.waitForText(By.className("attachments"), "explanation.pdf");
            dealer.click(By.id("submit-claim"));
            assertThat(dealer.text(By.id("confirm-dialog"))).as("asked before submitting").contains("Submit claim " + dealer.text(By.id("claim-number")));
            dealer.click(By.id("confirm-ok"));
            dealer.waitForText(By.id("claim-state"), "Waiting for FMC");
            assertThat(dealer.text(By.id("adjudication"))).contains("Required evidence attached");
            dealer.screenshot("claim-submitted");
        }
        String number = Claims.number(Api.as("aurora-e01-claims").get(Claims.PATH + "/" + claimUrl.substring(claimUrl.lastIndexOf('/') + 1)).object());

        try (Browser fmc = Browser.loginAs("aurora-fmc-east")) {
            fmc.click(By.id("nav-queue"));
            fmc.type(By.id("filter-vin"), vin + "\n");
            fmc.waitForText(By.cssSelector("table.list"), number);
            fmc.screenshot("work-queue");
            fmc.click(By.linkText(number));
            fmc.choose(By.id("attachment-purpose"), "SIGNED_STATEMENT").upload(By.id("attachment-file"), signedStatement);
            fmc.waitForText(By.className("attachments"), "signed-statement.pdf");
            fmc.click(By.id("approve")).type(By.id("reason"), "签字确认 odometer replaced at the workshop");
            fmc.screenshot("approve-dialog");
            fmc.click(By.cssSelector(".dialog button.primary"));
            fmc.waitForText(By.id("claim-state"), "Waiting for claims dept.");
        }
        decide("aurora-claims", claimUrl, "Waiting for quality dept.");
        decide("aurora-quality", claimUrl, "Approved");
        try (Browser claims = Browser.loginAs("aurora-claims")) {
            claims.open(claimUrl.substring(claimUrl.indexOf("#/") + 2));
            claims.click(By.id("settle"));
            claims.click(By.id("confirm-ok"));
            claims.waitForText(By.id("claim-state"), "Settled");
            claims.screenshot("claim-settled");
        }
        try (Browser dealer = Browser.loginAs("aurora-e01-claims")) {
            dealer.click(By.id("nav-statement"));
            assertThat(dealer.waitForText(By.id("statement"), number)).contains(vin);
            dealer.screenshot("dealer-statement");
        }
    }

    private static void fillClaim(Browser dealer, String vin) {
        dealer.type(By.id("field-repairOrder"), "RO-" + vin.substring(11))
                .type(By.id("field-vin"), vin)
                .type(By.id("field-model"), "S3");
        setDate(dealer, "field-saleDate", LocalDate.now().minusYears(1));
        setDate(dealer, "field-repairDate", LocalDate.now().minusDays(2));
        dealer.type(By.id("field-mileage"), "18000")
                .type(By.id("field-faultDescription"), "仪表里程显示异常 odometer shows less than the service record")
                .type(By.id("field-cause"), "仪表更换 instrument cluster replaced")
                .type(By.id("field-labor[0].operation"), "EL-501")
                .type(By.id("field-labor[0].hours"), "1");
    }

    /** Date inputs take what the user types in the browser's own date order; the value property is set directly. */
    private static void setDate(Browser browser, String id, LocalDate date) {
        browser.setValue(By.id(id), date.toString());
    }

    private static void decide(String user, String claimUrl, String expectedState) {
        try (Browser approver = Browser.loginAs(user)) {
            approver.open(claimUrl.substring(claimUrl.indexOf("#/") + 2));
            approver.click(By.id("approve")).click(By.cssSelector(".dialog button.primary"));
            approver.waitForText(By.id("claim-state"), expectedState);
        }
    }

    @Test
    void aDealerAdminUnlocksALockedUserThroughARequest() {
        String username = "s01-ui-" + Cases.uniqueWord().substring(3, 11);
        assertThat(DealerUsersIT.create("aurora-s01-admin", "aurora-s01", username, "dealer-advisor").status()).isEqualTo(201);
        for (int i = 0; i < 6; i++) {
            Api.login(username, "wrong-" + i);
        }
        assertThat(Api.login(username, "Initial-Pass-2026").status()).as("locked out").isNotEqualTo(200);

        String requestUrl;
        try (Browser admin = Browser.loginAs("aurora-s01-admin")) {
            admin.click(By.id("nav-users"));
            By row = By.cssSelector("tr[data-user='" + username + "']");
            admin.waitForText(row, "locked");
            admin.screenshot("dealer-users");
            admin.click(By.cssSelector("tr[data-user='" + username + "'] a.button"));
            assertThat(admin.find(By.id("field-username")).getDomProperty("value")).isEqualTo(username);
            admin.click(By.id("save-account-request"));
            admin.waitForText(By.cssSelector("[data-field=lockReason]"), "Required");
            admin.type(By.id("field-lockReason"), "密码输错多次 wrong password typed too often")
                    .type(By.id("field-improvementPlan"), "前台使用密码管理器 a password manager at the front desk");
            admin.screenshot("account-request-form");
            admin.click(By.id("save-account-request"));
            // A dealer's second request within the window needs the guarantee letter; attached anyway, it does no harm.
            admin.choose(By.id("attachment-purpose"), "GUARANTEE_LETTER").upload(By.id("attachment-file"), signedStatement);
            admin.waitForText(By.className("attachments"), "signed-statement.pdf");
            admin.click(By.id("request-submit"));
            admin.waitForText(By.id("request-state"), "Submitted");
            requestUrl = admin.currentUrl();
        }
        String fragment = requestUrl.substring(requestUrl.indexOf("#/") + 2);
        try (Browser fmc = Browser.loginAs("aurora-fmc-south")) {
            fmc.open(fragment).click(By.id("request-confirm")).click(By.cssSelector(".dialog button.primary"));
            fmc.waitForText(By.id("request-state"), "Confirmed");
        }
        String number;
        try (Browser it = Browser.loginAs("aurora-it")) {
            it.open(fragment);
            number = it.find(By.cssSelector(".title-row h2")).getText().split(" ")[0];
            it.click(By.id("nav-accountRequests"));
            it.click(By.cssSelector("tr[data-number='" + number + "'] input[type=checkbox]"));
            it.screenshot("back-office-batch");
            it.click(By.id("batch"));
            // The list moves to the batched requests once the batch is stored; a link clicked before would open the request unbatched.
            it.waitForText(By.cssSelector(".tabs .active"), "Batched");
            it.click(By.linkText(number));
            it.click(By.id("request-process")).click(By.cssSelector(".dialog button.primary"));
            it.waitForText(By.id("request-state"), "Done");
        }
        assertThat(Api.login(username, "Initial-Pass-2026").status()).as("unlocked").isEqualTo(200);
        try (Browser admin = Browser.loginAs("aurora-s01-admin")) {
            admin.click(By.id("nav-users"));
            assertThat(admin.waitForText(By.cssSelector("tr[data-user='" + username + "'] .user-status"), "active")).doesNotContain("locked");
        }
    }

    @Test
    void anAnalystFindsAClaimByAChineseWordOfItsFaultDescription() {
        String word = chineseWord();
        String vin = Vins.random();
        var claim = Claims.draft("aurora-e02-claims", Claims.regular(vin).set("faultDescription", "客户反映" + word + "异响 noise on the left"));
        Claims.submit("aurora-e02-claims", Claims.id(claim));
        Cases.awaitSearch("aurora-analyst", word, java.time.Duration.ofSeconds(30), found -> found.contains(Claims.number(claim)));

        try (Browser analyst = Browser.loginAs("aurora-analyst")) {
            assertThat(analyst.present(By.id("nav-queue"))).as("an analyst decides nothing").isFalse();
            analyst.click(By.id("nav-search"));
            analyst.type(By.id("search-text"), word).click(By.id("search-go"));
            analyst.waitForText(By.id("search-total"), "1 case found");
            assertThat(analyst.text(By.cssSelector(".facet[data-facet=type]"))).contains("Warranty claim");
            analyst.screenshot("search");
            analyst.click(By.partialLinkText(Claims.number(claim)));
            assertThat(analyst.waitForText(By.id("claim-number"), Claims.number(claim))).isNotEmpty();
            assertThat(analyst.pageText()).contains(vin).contains(word);
            assertThat(analyst.present(By.id("approve"))).isFalse();
            analyst.screenshot("claim-page");
        }
    }

    @Test
    void theClaimsDepartmentCorrectsAVehicleRecordThatADealerCanOnlyRead() {
        String vin = Vins.random();
        LocalDate typo = LocalDate.now().minusYears(8);
        LocalDate actual = LocalDate.now().minusYears(1);
        Claims.submit("aurora-e01-claims", Claims.id(Claims.draft("aurora-e01-claims", Claims.regular(vin).set("saleDate", typo.toString()))));

        try (Browser dealer = Browser.loginAs("aurora-e02-claims")) {
            dealer.click(By.id("nav-vehicles")).type(By.id("vehicle-vin"), vin).click(By.id("vehicle-go"));
            dealer.find(By.id("vehicle-repairs"));
            assertThat(dealer.present(By.id("vehicle-correction"))).as("a dealer reads, head office corrects").isFalse();
        }
        try (Browser claims = Browser.loginAs("aurora-claims", "zh-CN")) {
            claims.click(By.id("nav-vehicles")).type(By.id("vehicle-vin"), vin).click(By.id("vehicle-go"));
            claims.find(By.id("vehicle-correction"));
            setDate(claims, "field-saleDate", actual);
            claims.type(By.id("field-reason"), "首次索赔销售日期录入错误");
            claims.screenshot("vehicle-correction");
            claims.click(By.cssSelector("#vehicle-correction button.primary"));
            claims.waitForText(By.id("vehicle-sale-date"), String.valueOf(actual.getYear()));
        }
        assertThat(Claims.ok(Api.as("aurora-e02-claims").get("/platform/api/warranty/vehicles/" + vin)).getString("saleDate"))
                .isEqualTo(actual.toString());
    }

    @Test
    void headOfficeSeesItsWorkingCalendarAndIsToldThatNextYearIsMissing() {
        try (Browser it = Browser.loginAs("borealis-it", "zh-CN")) {
            it.click(By.id("nav-calendar"));
            assertThat(it.waitForText(By.id("calendar-next-year-missing"), String.valueOf(LocalDate.now().getYear() + 1))).contains("尚未录入");
            assertThat(it.text(By.id("calendar-years"))).contains("2025").contains("2026");
            it.open("calendar?year=2026");
            it.waitForText(By.id("calendar-days"), "调休上班日");
            assertThat(it.find(By.id("calendar-lines")).getAttribute("value")).contains("2026-10-10 WORKING_DAY");
            it.screenshot("working-calendar");
        }
    }

    @Test
    void everyoneSeesWhoTheyAreAndTheLanguageTheyChoseIsRemembered() {
        try (Browser fmc = Browser.loginAs("aurora-fmc-east")) {
            assertThat(fmc.text(By.cssSelector("[data-testid=who]"))).contains("aurora-fmc-east").contains("aurora-east");
            assertThat(fmc.text(By.id("nav-work"))).isEqualTo("My work queue");
            fmc.choose(By.id("language"), "zh-CN");
            assertThat(fmc.waitForText(By.id("nav-work"), "我的待办")).isEqualTo("我的待办");
            fmc.reload();
            assertThat(fmc.waitForText(By.id("nav-work"), "我的待办")).as("remembered").isEqualTo("我的待办");
            fmc.screenshot("work-queue-zh");
            fmc.click(By.id("logout"));
            fmc.find(By.id("kc-login"));
        }
        try (Browser it = Browser.loginAs("aurora-it")) {
            it.click(By.id("nav-network"));
            it.waitForText(By.id("dealers"), "aurora-e01");
            it.screenshot("network");
            assertThat(it.present(By.id("nav-claims"))).isFalse();
        }
        try (Browser claims = Browser.loginAs("aurora-claims")) {
            claims.click(By.id("nav-campaigns"));
            claims.find(By.id("campaigns"));
            claims.screenshot("campaigns");
        }
        try (Browser dealer = Browser.loginAs("aurora-e01-admin")) {
            assertThat(dealer.text(By.cssSelector("[data-testid=who]"))).contains("aurora-e01");
            dealer.click(By.id("nav-preAuthorisations"));
            dealer.find(By.id("field-vin"));
            dealer.screenshot("pre-authorisations");
            assertThat(dealer.present(By.id("nav-network"))).isFalse();
        }
    }

    /** Four random common Chinese characters: a word no other case contains. */
    private static String chineseWord() {
        Random random = new Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
        }
        return word.toString();
    }
}
