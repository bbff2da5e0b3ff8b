package com.dealerhub.platform.warranty.adjudication;

/** The repair falls within the model's warranty: months since sale and kilometres driven. */
public class WithinWarrantyPeriod implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        var terms = claim.terms();
        if (claim.repairDate().isAfter(claim.saleDate().plusMonths(terms.months()))) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT,
                    "repair on " + claim.repairDate() + " is past the " + terms.months() + "-month warranty from sale on " + claim.saleDate());
        }
        if (claim.mileage() > terms.kilometres()) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT,
                    "mileage " + claim.mileage() + " km exceeds the warranty limit of " + terms.kilometres() + " km");
        }
        return RuleResult.pass(name());
    }
}
