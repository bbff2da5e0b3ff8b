package com.dealerhub.platform.warranty.adjudication;

import java.util.List;

/**
 * Runs every rule on a claim and decides: a claim that fails a rejecting rule is rejected;
 * otherwise one that fails any rule goes back to the dealer; otherwise it passes to the
 * first approver. Every rule's result is kept, with the settings version, as the record.
 */
public final class AutoAdjudication {

    public enum Outcome { PASS, RETURN, REJECT }

    public record Verdict(Outcome outcome, int settingsVersion, List<RuleResult> results) {
    }

    private static final List<AdjudicationRule> RULES = List.of(
            new WithinWarrantyPeriod(), new MileageNotRolledBack(), new NotADuplicateClaim(), new LaborWithinFlatRate(),
            new PartPricesMatchCatalogue(), new RequiredAttachmentsPresent(), new AuthorisationPresentAndUnexpired(),
            new CampaignCoversVehicle(), new CertifiedTechnicians());

    private AutoAdjudication() {
    }

    public static Verdict judge(ClaimUnderReview claim, RuleSettings settings) {
        List<RuleResult> results = RULES.stream().map(rule -> rule.check(claim, settings)).toList();
        Outcome outcome = results.stream().anyMatch(r -> r.consequence() == RuleResult.Consequence.REJECT) ? Outcome.REJECT
                : results.stream().anyMatch(r -> !r.passed()) ? Outcome.RETURN
                : Outcome.PASS;
        return new Verdict(outcome, settings.version(), results);
    }
}
