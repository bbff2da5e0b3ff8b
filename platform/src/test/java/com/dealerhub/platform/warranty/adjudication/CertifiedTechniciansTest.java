package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.AuthorisationNeed;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Certificate;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Certification;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.LaborLine;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Requirement;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Technician;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.WarrantyTerms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CertifiedTechniciansTest {

    private static final LocalDate REPAIRED = LocalDate.of(2026, 5, 2);
    private static final Requirement HV = new Requirement("HV-601", "EV_HV", 1);

    private static RuleResult judge(List<Requirement> required, Technician... technicians) {
        var claim = new ClaimUnderReview(LocalDate.of(2025, 1, 1), REPAIRED, 10_000, null, new WarrantyTerms(36, 100_000),
                List.of(new LaborLine("HV-601", BigDecimal.ONE, BigDecimal.ONE)), List.of(), List.of(), Set.of(), Set.of(),
                AuthorisationNeed.NONE, null, null, new Certification(required, List.of(technicians)));
        return new CertifiedTechnicians().check(claim, RuleSettings.DEFAULTS);
    }

    private static Technician wang(Certificate... certificates) {
        return new Technician("AURORA-T0001", "王师傅", List.of(certificates));
    }

    private static Certificate hv(String number, int level, LocalDate issued, LocalDate validThrough) {
        return new Certificate(number, "EV_HV", level, issued, validThrough);
    }

    @Test
    void noRequirementPassesAsNotApplicable() {
        assertThat(judge(List.of()).passed()).isTrue();
        assertThat(judge(List.of()).applicable()).as("nothing to check is not a tick").isFalse();
        assertThat(judge(List.of(HV), wang(hv("C-1", 1, REPAIRED, REPAIRED.plusYears(1)))).applicable()).isTrue();
    }

    @Test
    void aCertificateValidOnTheRepairDatePassesOnItsFirstAndLastDay() {
        assertThat(judge(List.of(HV), wang(hv("C-1", 1, REPAIRED, REPAIRED.plusYears(1)))).passed()).isTrue();
        assertThat(judge(List.of(HV), wang(hv("C-1", 1, REPAIRED.minusYears(1), REPAIRED))).passed()).isTrue();
    }

    @Test
    void aHigherLevelCountsAndAnyNamedTechnicianWillDo() {
        var other = new Technician("AURORA-T0002", "李师傅", List.of(hv("C-2", 2, REPAIRED.minusDays(10), REPAIRED.plusDays(10))));
        assertThat(judge(List.of(HV), wang(), other).passed()).isTrue();
    }

    @Test
    void aCertificateThatExpiredTheDayBeforeReturnsTheClaimSayingSo() {
        RuleResult result = judge(List.of(HV), wang(hv("AURORA-EV_HV-L1-2025-00001", 1, REPAIRED.minusYears(1), REPAIRED.minusDays(1))));
        assertThat(result.passed()).isFalse();
        assertThat(result.consequence()).isEqualTo(RuleResult.Consequence.RETURN);
        assertThat(result.reason()).isEqualTo("labor operation HV-601 requires a technician certified EV_HV level 1 or higher on the repair"
                + " date 2026-05-02: certificate AURORA-EV_HV-L1-2025-00001 of 王师傅 (AURORA-T0001) expired: valid through 2026-05-01");
    }

    @Test
    void aCertificateIssuedAfterTheRepairDoesNotCount() {
        assertThat(judge(List.of(HV), wang(hv("C-3", 1, REPAIRED.plusDays(1), REPAIRED.plusYears(1)))).reason())
                .endsWith("certificate C-3 of 王师傅 (AURORA-T0001) was issued on 2026-05-03, after the repair");
    }

    @Test
    void tooLowALevelOrNoneOrNobodyNamedIsSaid() {
        var level2 = new Requirement("HV-602", "EV_HV", 2);
        assertThat(judge(List.of(level2), wang(hv("C-1", 1, REPAIRED, REPAIRED))).reason())
                .endsWith("王师傅 (AURORA-T0001) holds EV_HV level 1 only (certificate C-1)");
        assertThat(judge(List.of(HV), wang()).reason()).endsWith("王师傅 (AURORA-T0001) holds no EV_HV certificate");
        assertThat(judge(List.of(HV)).reason()).endsWith("and the claim names no technician");
    }

    @Test
    void eachUncoveredOperationIsNamed() {
        var other = new Requirement("TECH-1", "TECHNICIAN", 3);
        String reason = judge(List.of(HV, other), wang(hv("C-1", 1, REPAIRED, REPAIRED))).reason();
        assertThat(reason).startsWith("labor operation TECH-1 requires").doesNotContain("HV-601");
    }
}
