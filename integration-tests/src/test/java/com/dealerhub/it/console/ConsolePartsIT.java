package com.dealerhub.it.console;

import com.dealerhub.it.support.Browser;
import com.dealerhub.it.support.Parts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts in the console, in headless Chromium against the running stack: a dealer admin finds the parts
 * pages under one menu entry, is refused an order worth more than the available deposit with the
 * shortfall shown, places a smaller one and sees it, and its deposit; the parts department is refused a
 * release over what is available with the shortfall shown and records a payment; it simulates
 * a shortage at a warehouse, commits it and reads a line's reason; the dealer reads that reason on its
 * order in Chinese.
 */
class ConsolePartsIT {

    @Test
    void aDealerAdminPlacesAStockOrderAgainstItsDepositAndSeesIt() {
        String part = Parts.newPart("aurora", "25.00");
        Parts.makeAvailable("aurora-e01", new BigDecimal("1000.00"));

        try (Browser admin = Browser.loginAs("aurora-e01-admin")) {
            admin.click(By.id("nav-parts"));
            assertThat(admin.waitForText(By.id("parts-pages"), "Parts orders")).contains("Deposit", "OEM stock").doesNotContain("Allocation");
            admin.screenshot("parts-home");
            admin.click(By.id("parts-partsOrders"));
            admin.click(By.id("new-order"));
            admin.waitForText(By.cssSelector("#order-balance [data-amount=available]"), "1,000.00");
            admin.type(By.id("field-lines[0].partNumber"), part);
            admin.setValue(By.id("field-lines[0].quantity"), "100");
            assertThat(admin.waitForText(By.id("order-value"), "2,500.00")).as("priced from the catalogue").isNotEmpty();
            assertThat(admin.text(By.id("expected-shortfall"))).contains("1,500.00");
            admin.click(By.id("place-order"));
            assertThat(admin.waitForText(By.id("shortfall"), "Shortfall")).contains("1,500.00");
            assertThat(admin.text(By.cssSelector("[data-field=lines]"))).contains("exceeds the available deposit");
            admin.screenshot("parts-order-refused");

            admin.setValue(By.id("field-lines[0].quantity"), "4");
            admin.click(By.id("place-order"));
            admin.waitForText(By.id("order-state"), "Placed");
            String number = admin.text(By.id("order-number"));
            assertThat(admin.text(By.id("order-value"))).contains("100.00");
            assertThat(admin.text(By.cssSelector("#order-lines tr[data-part='" + part + "']"))).contains("No allocation run yet");
            assertThat(admin.present(By.id("action-CANCEL"))).as("the dealer may cancel a placed order").isTrue();
            admin.screenshot("parts-order");

            admin.open("partsOrders?state=PLACED");
            admin.waitForText(By.id("orders"), number);
            admin.open("partsDeposits");
            assertThat(admin.waitForText(By.cssSelector("#balance [data-amount=available]"), "900.00")).isNotEmpty();
            assertThat(admin.present(By.id("record-entry"))).as("only the parts department records entries").isFalse();
        }

        try (Browser parts = Browser.loginAs("aurora-parts")) {
            parts.open("partsDeposits");
            parts.choose(By.id("deposit-dealer"), "aurora-e01");
            parts.waitForText(By.cssSelector("#balance [data-amount=available]"), "900.00");
            parts.choose(By.id("field-kind"), "RELEASE");
            parts.type(By.id("field-amount"), "5000").type(By.id("field-reference"), "BANK-IT-1");
            parts.click(By.id("record-entry-button"));
            assertThat(parts.waitForText(By.id("shortfall"), "Shortfall")).contains("4,100.00");
            assertThat(parts.text(By.cssSelector("[data-field=amount]"))).contains("exceeds the available deposit");
            parts.screenshot("parts-deposit-release-refused");
            parts.choose(By.id("field-kind"), "PAYMENT");
            parts.type(By.id("field-amount"), "100");
            parts.click(By.id("record-entry-button"));
            parts.waitForText(By.cssSelector("#balance [data-amount=available]"), "1,000.00");
            assertThat(parts.text(By.id("ledger"))).contains("BANK-IT-1", "Payment");
        }
    }

    @Test
    void thePartsDepartmentSimulatesAndCommitsAShortageAndTheDealerReadsTheReasonInChinese() {
        String part = Parts.newPart("aurora", "10.00");
        String warehouse = Parts.newWarehouse();
        Parts.makeAvailable("aurora-e02", new BigDecimal("1000.00"));
        Parts.makeAvailable("aurora-s01", new BigDecimal("1000.00"));
        String big = Parts.place("aurora-e02-admin", Parts.stockOrder(part, 6)).getString("number");
        String small = Parts.place("aurora-s01-admin", Parts.stockOrder(part, 3)).getString("number");
        Parts.setStock("aurora", warehouse, part, 5);

        String orderPage;
        try (Browser parts = Browser.loginAs("aurora-parts")) {
            parts.open("parts");
            parts.waitForText(By.id("parts-pages"), "Allocation");
            parts.click(By.id("parts-partsAllocation"));
            parts.choose(By.id("allocation-warehouse"), warehouse);
            parts.click(By.id("simulate"));
            parts.waitForText(By.id("run-results"), small);
            assertThat(parts.text(By.id("total-allocated"))).isEqualTo("5");
            assertThat(parts.text(By.cssSelector("#run-results tr[data-order='" + small + "'] td.reason")))
                    .contains("pro rata 1.6667", "largest remainder");
            parts.screenshot("parts-allocation-simulation");

            parts.click(By.id("commit"));
            parts.waitForText(By.id("run-facts"), "aurora-parts");
            assertThat(parts.text(By.cssSelector("#run-results tr[data-order='" + big + "']"))).contains("aurora-e02", "Stock");
            assertThat(parts.text(By.cssSelector("#run-results tr[data-order='" + small + "'] td.reason")))
                    .contains("asked 3", "allocated 2", "rank 1");
            parts.screenshot("parts-allocation-run");
            parts.click(By.linkText(small));
            parts.waitForText(By.id("order-state"), "Partly allocated");
            orderPage = parts.currentUrl().substring(parts.currentUrl().indexOf("#/") + 2);
            parts.open("partsStock?warehouse=" + warehouse);
            parts.waitForText(By.cssSelector("#stock tr[data-part='" + part + "']"), part);
            assertThat(parts.text(By.cssSelector("#stock tr[data-part='" + part + "'] td:nth-child(4)"))).as("the run took the stock").startsWith("0");
        }

        try (Browser dealer = Browser.loginAs("aurora-s01-admin", "zh-CN")) {
            dealer.open(orderPage);
            dealer.waitForText(By.id("order-state"), "部分分配");
            assertThat(dealer.text(By.cssSelector("#order-lines tr[data-part='" + part + "']"))).contains("按比例", "最大余数", "常规");
            assertThat(dealer.present(By.id("cancel-lines"))).as("the dealer may cancel the backorder").isTrue();
            dealer.screenshot("parts-order-zh");
        }
    }
}
