package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.InvalidField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimLinesTest {

    private static final BigDecimal RATE = new BigDecimal("150.00");

    private static ClaimLines lines() {
        return ClaimLines.claimed(
                List.of(ClaimLines.labor("EN-101", new BigDecimal("1.5"), new BigDecimal("1.5"), RATE),
                        ClaimLines.labor("EN-102", new BigDecimal("0.4"), new BigDecimal("0.5"), RATE)),
                List.of(ClaimLines.part("P-100", 2, new BigDecimal("250.00"), new BigDecimal("250.00"), false, true)),
                new BigDecimal("80"));
    }

    @Test
    void theClaimedAmountIsLaborHoursAtTheDealerRatePlusPartsPlusSublet() {
        // 1.5 h + 0.4 h at 150 = 285.00; 2 × 250 = 500.00; sublet 80.00
        assertThat(lines().claimedTotal()).isEqualByComparingTo("865.00");
        assertThat(lines().approvedTotal()).isEqualByComparingTo("865.00");
    }

    @Test
    void anApproverPaysLessForNamedLinesAndTheRestStaysAsClaimed() {
        ClaimLines adjusted = lines().adjusted(new ClaimLines.Adjustment(Map.of("EN-101", new BigDecimal("200")),
                Map.of("P-100", new BigDecimal("250")), BigDecimal.ZERO));

        assertThat(adjusted.claimedTotal()).isEqualByComparingTo("865.00");
        assertThat(adjusted.approvedTotal()).isEqualByComparingTo("510.00");
    }

    @Test
    void anAdjustmentCannotPayMoreThanClaimedNorNameALineTheClaimLacks() {
        assertThatThrownBy(() -> lines().adjusted(new ClaimLines.Adjustment(Map.of("EN-101", new BigDecimal("225.01")), null, null)))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "adjustment.labor.EN-101");
        assertThatThrownBy(() -> lines().adjusted(new ClaimLines.Adjustment(null, Map.of("P-999", BigDecimal.ONE), null)))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "adjustment.parts");
        assertThatThrownBy(() -> lines().adjusted(new ClaimLines.Adjustment(null, null, new BigDecimal("-1"))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "adjustment.sublet");
    }

    @Test
    void linesSurviveTheirStoredForm() {
        ClaimLines adjusted = lines().adjusted(new ClaimLines.Adjustment(Map.of("EN-102", new BigDecimal("10")), null, null));

        ClaimLines read = ClaimLines.fromJson(adjusted.laborJson(), adjusted.partsJson(), adjusted.sublet(), adjusted.approvedSublet());

        assertThat(read).isEqualTo(adjusted);
    }

    @Test
    void beforeAnyApprovalNoLineIsApproved() {
        ClaimLines unapproved = lines().unapproved();

        assertThat(unapproved.labor()).allSatisfy(l -> assertThat(l.approvedAmount()).isNull());
        assertThat(unapproved.parts()).allSatisfy(p -> assertThat(p.approvedAmount()).isNull());
        assertThat(unapproved.approvedSublet()).isNull();
        assertThat(unapproved.claimedTotal()).isEqualByComparingTo(lines().claimedTotal());
    }
}
