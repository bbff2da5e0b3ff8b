package com.dealerhub.it.console;

import com.dealerhub.it.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The export buttons fetch the file with the user's token and the browser saves it. */
class ConsoleExportsIT {

    @Test
    void aDealerDownloadsItsClaimsAsCsvAndItsStatementAsPdf() throws IOException {
        try (Browser clerk = Browser.loginAs("aurora-e01-claims")) {
            clerk.open("claims");
            clerk.find(By.id("export-csv"));
            clerk.screenshot("claims-list-export");
            clerk.click(By.id("export-csv"));
            byte[] csv = Files.readAllBytes(clerk.downloaded("warranty-claims.csv"));
            assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8)).startsWith("Claim,Kind,State");

            String today = LocalDate.now(ZoneOffset.UTC).toString();
            clerk.open("statement?from=" + today.substring(0, 8) + "01&to=" + today);
            clerk.click(By.id("export-pdf"));
            byte[] pdf = Files.readAllBytes(clerk.downloaded("statement-aurora-e01-" + today.substring(0, 8) + "01-" + today + ".pdf"));
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }
}
