package com.dealerhub.it.console;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Browser;
import com.dealerhub.it.support.Claims;
import com.dealerhub.it.support.Vins;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.util.List;
import java.util.Random;

import static com.dealerhub.it.support.Claims.draft;
import static com.dealerhub.it.support.Claims.id;
import static com.dealerhub.it.support.Claims.number;
import static com.dealerhub.it.support.Claims.state;
import static com.dealerhub.it.support.Claims.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyday work in the console: lists at a phone's width, amounts in yuan, two claims returned with one
 * reason from the queue, and the question before a claim is settled; in English and in Chinese.
 */
class ConsoleWorkIT {

    private static final String CLERK = "aurora-e01-claims";
    private static final String MONEY = "¥ \\d{1,3}(,\\d{3})*\\.\\d{2}";

    @Test
    void atAPhonesWidthTheClaimsListFitsTheScreenAndShowsAmountsInYuanRightAligned() {
        submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random()))));
        for (String language : List.of("en-US", "zh-CN")) {
            try (Browser dealer = Browser.loginAs(CLERK, language)) {
                dealer.phoneWidth();
                assertThat(dealer.present(By.cssSelector("#main-menu.open"))).as("the menu is folded").isFalse();
                dealer.click(By.id("menu-toggle")).click(By.id("nav-claims"));
                dealer.find(By.cssSelector("table.list tbody td.number"));
                dealer.screenshot("phone-claims-" + language);

                assertThat(((Number) dealer.script("return document.documentElement.scrollWidth")).intValue())
                        .as("the page does not scroll sideways (%s)", language).isLessThanOrEqualTo(390);
                String amount = dealer.text(By.cssSelector("table.list tbody td.number")).replace('\u00a0', ' ');
                assertThat(amount).as("%s", language).matches(MONEY);
                assertThat(dealer.script("return getComputedStyle(document.querySelector('table.list tbody td.number')).textAlign"))
                        .isEqualTo("right");
            }
        }
        try (Browser approver = Browser.loginAs("aurora-claims", "zh-CN")) {
            approver.phoneWidth().click(By.id("menu-toggle")).click(By.id("nav-queue"));
            approver.find(By.id("queue-totals"));
            assertThat(approver.present(By.cssSelector("#main-menu.open"))).as("choosing a page folds the menu").isFalse();
            assertThat(((Number) approver.script("return document.documentElement.scrollWidth")).intValue())
                    .as("the queue does not scroll sideways").isLessThanOrEqualTo(390);
            assertThat(approver.text(By.id("queue-totals")).replace('\u00a0', ' ')).containsPattern(MONEY);
            approver.screenshot("phone-queue-zh-CN");
        }
    }

    @Test
    void anApproverReturnsTwoClaimsWithOneReasonAndSeesEachOutcome() {
        // A sublet of its own gives both claims an amount no other claim has (a part priced off the catalogue would be returned).
        long sublet = 300 + new Random().nextInt(5000);
        JsonObject first = submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random()).set("sublet", sublet))));
        JsonObject second = submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random()).set("sublet", sublet))));
        assertThat(List.of(state(first), state(second))).containsOnly("PENDING_CLAIMS");
        String claimed = first.getJsonNumber("claimedAmount").bigDecimalValue().toPlainString();

        try (Browser claims = Browser.loginAs("aurora-claims")) {
            claims.click(By.id("nav-queue"));
            claims.type(By.id("filter-minAmount"), claimed + "\n");
            claims.waitUntil("return location.hash.includes('minAmount=')");
            claims.type(By.id("filter-maxAmount"), claimed + "\n");
            claims.waitUntil("return document.querySelectorAll('table.list tbody tr[data-number]').length === 2"
                    + " && document.getElementById('queue-totals').textContent.startsWith('2 ')");
            assertThat(claims.text(By.id("queue-totals")).replace('\u00a0', ' ')).matches("2 claims, " + MONEY + " claimed in all");

            claims.click(By.id("choose-all"));
            assertThat(claims.text(By.id("chosen-totals"))).startsWith("2 chosen");
            claims.click(By.id("bulk-return"));
            assertThat(claims.text(By.cssSelector(".dialog h3"))).contains(number(first)).contains(number(second));
            claims.type(By.id("reason"), "请补充故障照片 please add a photo of the fault");
            claims.screenshot("queue-bulk-return");
            claims.click(By.cssSelector(".dialog button.primary"));
            claims.waitForText(By.id("success-notice"), "2 returned, 0 refused");
            assertThat(claims.text(By.cssSelector("#bulk-outcome li[data-number='" + number(first) + "']"))).endsWith("done");
            assertThat(claims.text(By.cssSelector("#bulk-outcome li[data-number='" + number(second) + "']"))).endsWith("done");
            claims.screenshot("queue-bulk-outcome");
        }
        for (JsonObject claim : List.of(first, second)) {
            JsonObject now = Claims.ok(Api.as(CLERK).get(Claims.PATH + "/" + id(claim)));
            assertThat(state(now)).isEqualTo("RETURNED");
            assertThat(Claims.steps(now)).anyMatch(step -> step.startsWith("aurora-claims:"));
        }
    }

    @Test
    void settlingAsksFirstEscLeavesTheClaimAsItWasAndConfirmingSettlesIt() {
        for (String language : List.of("en-US", "zh-CN")) {
            String id = id(submit(CLERK, id(draft(CLERK, Claims.regular(Vins.random())))));
            assertThat(state(Claims.act("aurora-claims", id, "approve", null))).isEqualTo("APPROVED");
            try (Browser claims = Browser.loginAs("aurora-claims", language)) {
                claims.open("claims/" + id);
                String number = claims.text(By.id("claim-number"));
                assertThat(claims.find(By.cssSelector("#adjudication li[data-rule=CampaignCoversVehicle]")).getAttribute("data-mark"))
                        .as("a claim without campaign: that rule does not apply").isEqualTo("notApplicable");
                assertThat(claims.text(By.id("vehicle-history"))).contains("42,000 km");
                claims.click(By.id("settle"));
                String question = claims.text(By.id("confirm-dialog")).replace('\u00a0', ' ');
                assertThat(question).as(language).contains(language.equals("zh-CN") ? "结算索赔 " + number : "Settle claim " + number)
                        .containsPattern(MONEY);
                claims.screenshot("settle-confirm-" + language);
                claims.press(Keys.ESCAPE);
                assertThat(claims.present(By.id("confirm-dialog"))).as("Esc closes the question").isFalse();
                assertThat(state(Claims.ok(Api.as("aurora-claims").get(Claims.PATH + "/" + id)))).isEqualTo("APPROVED");

                claims.click(By.id("settle")).click(By.id("confirm-ok"));
                claims.waitForText(By.id("success-notice"), number);
                assertThat(state(Claims.ok(Api.as("aurora-claims").get(Claims.PATH + "/" + id)))).isEqualTo("SETTLED");
            }
        }
    }
}
