package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Authorisation;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.AuthorisationNeed;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Campaign;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.EarlierClaim;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.LaborLine;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.PartLine;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.WarrantyTerms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AutoAdjudicationTest {

    private static final RuleSettings SETTINGS = new RuleSettings(3, 30, 10, 0);
    private static final LocalDate SOLD = LocalDate.of(2024, 3, 1);
    private static final LocalDate REPAIRED = LocalDate.of(2026, 2, 1);


    private static final WarrantyTerms TERMS = new WarrantyTerms(36, 100_000);
    private static final AuthorisationNeed BY_KIND = new AuthorisationNeed(true, List.of());
    private static final LocalDate GRANTED = REPAIRED.minusDays(3);

    private static ClaimUnderReview claim(LocalDate repaired, long mileage, Long lastKnown, List<LaborLine> labor,
                                          List<PartLine> parts, List<EarlierClaim> earlier, Set<String> attachments,
                                          boolean authorisationRequired, Authorisation authorisation) {
        return new ClaimUnderReview(SOLD, repaired, mileage, lastKnown, TERMS, labor, parts, earlier,
                Set.of("PHOTO"), attachments, authorisationRequired ? BY_KIND : AuthorisationNeed.NONE, authorisation, null,
                ClaimUnderReview.Certification.NONE);
    }

    /** A claim every rule passes; each test changes one thing of it. */
    private static ClaimUnderReview good() {
        return claim(REPAIRED, 42_000, 40_000L, List.of(new LaborLine("EN-101", hours("1.5"), hours("1.5"))),
                List.of(new PartLine("P-100", hours("250.00"), hours("250.00"))), List.of(), Set.of("PHOTO"), false, null);
    }

    private static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }

    private static RuleResult resultOf(AdjudicationRule rule, ClaimUnderReview claim) {
        return rule.check(claim, SETTINGS);
    }

    @Test
    void aClaimThatPassesEveryRulePassesToTheFirstApprover() {
        AutoAdjudication.Verdict verdict = AutoAdjudication.judge(good(), SETTINGS);

        assertThat(verdict.outcome()).isEqualTo(AutoAdjudication.Outcome.PASS);
        assertThat(verdict.settingsVersion()).isEqualTo(3);
        assertThat(verdict.results()).hasSize(9).allMatch(RuleResult::passed);
        // a regular claim without campaign, special part or certified operation: those rules had nothing to check
        assertThat(verdict.results().stream().filter(r -> !r.applicable()).map(RuleResult::rule))
                .contains("CampaignCoversVehicle", "AuthorisationPresentAndUnexpired");
        assertThat(verdict.results().stream().filter(RuleResult::applicable).map(RuleResult::rule)).contains("WithinWarrantyPeriod");
    }

    @Test
    void aRepairAfterTheWarrantyPeriodOrOverTheMileageLimitIsRejected() {
        var late = claim(SOLD.plusMonths(36).plusDays(1), 42_000, null, good().labor(), good().parts(), List.of(), Set.of("PHOTO"), false, null);
        var far = claim(REPAIRED, 100_001, null, good().labor(), good().parts(), List.of(), Set.of("PHOTO"), false, null);

        assertThat(resultOf(new WithinWarrantyPeriod(), late).consequence()).isEqualTo(RuleResult.Consequence.REJECT);
        assertThat(resultOf(new WithinWarrantyPeriod(), far).reason()).contains("100001 km");
        assertThat(resultOf(new WithinWarrantyPeriod(), good()).passed()).isTrue();
        assertThat(AutoAdjudication.judge(far, SETTINGS).outcome()).isEqualTo(AutoAdjudication.Outcome.REJECT);
    }

    @Test
    void aLowerMileageThanLastKnownSendsTheClaimBackAsAnOdometerCase() {
        var rolledBack = claim(REPAIRED, 39_999, 40_000L, good().labor(), good().parts(), List.of(), Set.of("PHOTO"), false, null);

        RuleResult result = resultOf(new MileageNotRolledBack(), rolledBack);

        assertThat(result.consequence()).isEqualTo(RuleResult.Consequence.RETURN);
        assertThat(result.reason()).contains("odometer-rollback");
        assertThat(resultOf(new MileageNotRolledBack(), claim(REPAIRED, 1, null, good().labor(), good().parts(),
                List.of(), Set.of("PHOTO"), false, null)).passed()).isTrue();
    }

    @Test
    void theSameLaborOperationOnTheVinWithinTheWindowIsADuplicate() {
        var earlier = new EarlierClaim("WC-2026-0000001", REPAIRED.minusDays(30), Set.of("EN-101"));
        var older = new EarlierClaim("WC-2025-0000001", REPAIRED.minusDays(31), Set.of("EN-101"));
        var otherOperation = new EarlierClaim("WC-2026-0000002", REPAIRED.minusDays(2), Set.of("BR-200"));

        assertThat(resultOf(new NotADuplicateClaim(), withEarlier(earlier)).consequence()).isEqualTo(RuleResult.Consequence.REJECT);
        assertThat(resultOf(new NotADuplicateClaim(), withEarlier(older)).passed()).isTrue();
        assertThat(resultOf(new NotADuplicateClaim(), withEarlier(otherOperation)).passed()).isTrue();
    }

    @Test
    void laborBeyondTheFlatRateAndToleranceGoesBack() {
        var within = claim(REPAIRED, 42_000, null, List.of(new LaborLine("EN-101", hours("1.65"), hours("1.5"))),
                good().parts(), List.of(), Set.of("PHOTO"), false, null);
        var beyond = claim(REPAIRED, 42_000, null, List.of(new LaborLine("EN-101", hours("1.66"), hours("1.5"))),
                good().parts(), List.of(), Set.of("PHOTO"), false, null);

        assertThat(resultOf(new LaborWithinFlatRate(), within).passed()).isTrue();
        assertThat(resultOf(new LaborWithinFlatRate(), beyond).consequence()).isEqualTo(RuleResult.Consequence.RETURN);
    }

    @Test
    void partPricesMustMatchTheCatalogue() {
        var dearer = claim(REPAIRED, 42_000, null, good().labor(), List.of(new PartLine("P-100", hours("250.01"), hours("250.00"))),
                List.of(), Set.of("PHOTO"), false, null);
        var unknown = claim(REPAIRED, 42_000, null, good().labor(), List.of(new PartLine("P-999", hours("1.00"), null)),
                List.of(), Set.of("PHOTO"), false, null);

        assertThat(resultOf(new PartPricesMatchCatalogue(), dearer).reason()).contains("catalogue price 250.00");
        assertThat(resultOf(new PartPricesMatchCatalogue(), unknown).reason()).contains("not in the catalogue");
    }

    @Test
    void missingEvidenceGoesBack() {
        var noPhoto = claim(REPAIRED, 42_000, null, good().labor(), good().parts(), List.of(), Set.of(), false, null);

        assertThat(resultOf(new RequiredAttachmentsPresent(), noPhoto).reason()).isEqualTo("missing attachments: PHOTO");
        assertThat(AutoAdjudication.judge(noPhoto, SETTINGS).outcome()).isEqualTo(AutoAdjudication.Outcome.RETURN);
    }

    @Test
    void specialPartsNeedAGrantedUnexpiredAuthorisation() {
        var none = authorised(null);
        var refused = authorised(new Authorisation("TA-1", false, null, null, 1, List.of()));
        var expired = authorised(grant("TA-2", GRANTED, REPAIRED.minusDays(1), 1));
        var valid = authorised(grant("TA-3", GRANTED, REPAIRED, 1));

        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), none).consequence()).isEqualTo(RuleResult.Consequence.RETURN);
        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), refused).consequence()).isEqualTo(RuleResult.Consequence.REJECT);
        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), expired).reason()).contains("expired");
        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), valid).passed()).isTrue();
    }

    @Test
    void aGrantCoversOnlyRepairsFromTheDayItWasGranted() {
        var grantedTheDayOfTheRepair = authorised(grant("TA-4", REPAIRED, REPAIRED.plusDays(30), 1));
        var grantedTheDayAfter = authorised(grant("TA-5", REPAIRED.plusDays(1), REPAIRED.plusDays(30), 1));

        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), grantedTheDayOfTheRepair).passed()).isTrue();
        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), grantedTheDayAfter).reason())
                .isEqualTo("pre-authorisation TA-5 was granted on " + REPAIRED.plusDays(1) + ", after the repair on " + REPAIRED);
    }

    @Test
    void aGrantCoversAsManyClaimsAsTheTacAllowed() {
        var firstOfOne = authorised(new Authorisation("TA-6", true, GRANTED, REPAIRED, 1, List.of()));
        var secondOfOne = authorised(new Authorisation("TA-6", true, GRANTED, REPAIRED, 1, List.of("WC-2026-0000001")));
        var secondOfTwo = authorised(new Authorisation("TA-7", true, GRANTED, REPAIRED, 2, List.of("WC-2026-0000001")));

        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), firstOfOne).passed()).isTrue();
        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), secondOfOne).reason()).contains("already used by WC-2026-0000001");
        assertThat(resultOf(new AuthorisationPresentAndUnexpired(), secondOfTwo).passed()).isTrue();
    }

    @Test
    void aSpecialPartNeedsAnAuthorisationWhateverTheClaimKind() {
        var regularWithSpecialPart = new ClaimUnderReview(SOLD, REPAIRED, 42_000, null, TERMS, good().labor(), good().parts(),
                List.of(), Set.of(), Set.of(), new AuthorisationNeed(false, List.of("P-100")), null, null,
                ClaimUnderReview.Certification.NONE);

        RuleResult result = resultOf(new AuthorisationPresentAndUnexpired(), regularWithSpecialPart);

        assertThat(result.consequence()).isEqualTo(RuleResult.Consequence.RETURN);
        assertThat(result.reason()).isEqualTo("special or assembly part P-100 needs a TAC pre-authorisation");
        assertThat(AutoAdjudication.judge(regularWithSpecialPart, SETTINGS).outcome()).isEqualTo(AutoAdjudication.Outcome.RETURN);
    }

    private static Authorisation grant(String number, LocalDate on, LocalDate until, int claims) {
        return new Authorisation(number, true, on, until, claims, List.of());
    }

    @Test
    void aCampaignClaimIsForAListedUnclaimedVinWithinTheCampaignAndItsAllowedWork() {
        var allowed = Set.of("EN-101");
        var allowedParts = Set.of("P-100");
        LocalDate from = REPAIRED.minusMonths(1);
        LocalDate to = REPAIRED.plusMonths(1);

        var listed = inCampaign(new Campaign("RC-1", true, null, from, to, allowed, allowedParts));
        var unlisted = inCampaign(new Campaign("RC-1", false, null, from, to, allowed, allowedParts));
        var claimed = inCampaign(new Campaign("RC-1", true, "WC-2026-0000007", from, to, allowed, allowedParts));
        var over = inCampaign(new Campaign("RC-1", true, null, from, REPAIRED.minusDays(1), allowed, allowedParts));
        var otherWork = inCampaign(new Campaign("RC-1", true, null, from, to, Set.of("EN-999"), allowedParts));

        assertThat(resultOf(new CampaignCoversVehicle(), listed).passed()).isTrue();
        assertThat(resultOf(new CampaignCoversVehicle(), unlisted).reason()).isEqualTo("the VIN is not in campaign RC-1");
        assertThat(resultOf(new CampaignCoversVehicle(), claimed).reason()).contains("WC-2026-0000007");
        assertThat(resultOf(new CampaignCoversVehicle(), over).consequence()).isEqualTo(RuleResult.Consequence.REJECT);
        assertThat(resultOf(new CampaignCoversVehicle(), otherWork).consequence()).isEqualTo(RuleResult.Consequence.RETURN);
        assertThat(resultOf(new CampaignCoversVehicle(), otherWork).reason()).endsWith("does not allow EN-101");
    }

    private static ClaimUnderReview inCampaign(Campaign campaign) {
        var base = good();
        return new ClaimUnderReview(SOLD, REPAIRED, 42_000, null, TERMS, base.labor(), base.parts(), List.of(),
                Set.of(), Set.of(), AuthorisationNeed.NONE, null, campaign, ClaimUnderReview.Certification.NONE);
    }

    private static ClaimUnderReview withEarlier(EarlierClaim earlier) {
        return claim(REPAIRED, 42_000, null, good().labor(), good().parts(), List.of(earlier), Set.of("PHOTO"), false, null);
    }

    private static ClaimUnderReview authorised(Authorisation authorisation) {
        return claim(REPAIRED, 42_000, null, good().labor(), good().parts(), List.of(), Set.of("PHOTO"), true, authorisation);
    }
}
