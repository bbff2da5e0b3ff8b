package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
/** The repair falls within the model's warranty: months since sale and kilometres driven. */
public class WithinWarrantyPeriod implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        var terms = claim.terms();
        if (claim.repairDate().isAfter(claim.saleDate().plusMonths(terms.months()))) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT,
                    ProblemCode.RULE_PAST_WARRANTY_PERIOD.with("repairDate", claim.repairDate(), "months", terms.months(), "saleDate", claim.saleDate()));
        }
        if (claim.mileage() > terms.kilometres()) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT,
                    ProblemCode.RULE_PAST_WARRANTY_MILEAGE.with("mileage", claim.mileage(), "limit", terms.kilometres()));
        }
        return RuleResult.pass(name());
    }
}
