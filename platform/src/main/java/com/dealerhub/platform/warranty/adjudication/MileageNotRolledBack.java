package com.dealerhub.platform.warranty.adjudication;

/** The mileage is not lower than the VIN's last known mileage; if it is, the claim is an odometer-rollback case. */
public class MileageNotRolledBack implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        Long last = claim.lastKnownMileage();
        if (last != null && claim.mileage() < last) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, "mileage " + claim.mileage()
                    + " km is below the last known " + last + " km: submit it as an odometer-rollback claim");
        }
        return RuleResult.pass(name());
    }
}
