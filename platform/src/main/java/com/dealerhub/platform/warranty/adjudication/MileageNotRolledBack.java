package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
/** The mileage is not lower than the VIN's last known mileage; if it is, the claim is an odometer-rollback case. */
public class MileageNotRolledBack implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        Long last = claim.lastKnownMileage();
        if (last != null && claim.mileage() < last) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_MILEAGE_ROLLED_BACK.with(
                    "mileage", claim.mileage(), "last", last));
        }
        return RuleResult.pass(name());
    }
}
