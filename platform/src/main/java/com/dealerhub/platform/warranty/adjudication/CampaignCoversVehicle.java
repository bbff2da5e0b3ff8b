package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
import java.util.TreeSet;

/**
 * A campaign claim is for a VIN the campaign lists and nobody has claimed in it yet, repaired
 * while the campaign ran, with only the labor operations and parts the campaign allows.
 */
public class CampaignCoversVehicle implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        var campaign = claim.campaign();
        if (campaign == null) {
            return RuleResult.notApplicable(name());
        }
        if (!campaign.vehicleListed()) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT, ProblemCode.RULE_VIN_NOT_IN_CAMPAIGN.with("campaign", campaign.code()));
        }
        if (campaign.claimedBy() != null) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT, ProblemCode.RULE_CAMPAIGN_ALREADY_CLAIMED.with(
                    "campaign", campaign.code(), "claim", campaign.claimedBy()));
        }
        if (claim.repairDate().isBefore(campaign.validFrom()) || claim.repairDate().isAfter(campaign.validTo())) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT, ProblemCode.RULE_OUTSIDE_CAMPAIGN.with("campaign", campaign.code(),
                    "from", campaign.validFrom(), "to", campaign.validTo(), "repairDate", claim.repairDate()));
        }
        var foreign = new TreeSet<String>();
        claim.labor().stream().map(ClaimUnderReview.LaborLine::operation).filter(op -> !campaign.laborOperations().contains(op))
                .forEach(foreign::add);
        claim.parts().stream().map(ClaimUnderReview.PartLine::number).filter(p -> !campaign.parts().contains(p))
                .forEach(foreign::add);
        if (!foreign.isEmpty()) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_CAMPAIGN_DOES_NOT_ALLOW.with(
                    "campaign", campaign.code(), "items", String.join(", ", foreign)));
        }
        return RuleResult.pass(name());
    }
}
