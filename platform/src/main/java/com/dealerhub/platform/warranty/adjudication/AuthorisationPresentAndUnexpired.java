package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
/**
 * A claim that needs a TAC pre-authorisation (by its kind, or because it lists a special or
 * assembly part) cites one that was granted before the repair and had not expired at it, and
 * that still covers this claim: a grant covers as many claims as the TAC allowed, one by default.
 */
public class AuthorisationPresentAndUnexpired implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        var need = claim.authorisationNeed();
        if (!need.required()) {
            return RuleResult.notApplicable(name());
        }
        var authorisation = claim.authorisation();
        if (authorisation == null) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, need.specialParts().isEmpty()
                    ? ProblemCode.RULE_PREAUTHORISATION_NEEDED.with()
                    : ProblemCode.RULE_PREAUTHORISATION_NEEDED_FOR.with("parts", String.join(", ", need.specialParts())));
        }
        if (!authorisation.granted()) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT, ProblemCode.RULE_PREAUTHORISATION_NOT_GRANTED.with("number", authorisation.number()));
        }
        if (claim.repairDate().isBefore(authorisation.grantedOn())) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_PREAUTHORISATION_AFTER_REPAIR.with(
                    "number", authorisation.number(), "grantedOn", authorisation.grantedOn(), "repairDate", claim.repairDate()));
        }
        if (claim.repairDate().isAfter(authorisation.expires())) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_PREAUTHORISATION_EXPIRED.with(
                    "number", authorisation.number(), "expires", authorisation.expires()));
        }
        if (authorisation.citedBy().size() >= authorisation.claimsAllowed()) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_PREAUTHORISATION_USED_UP.with("number", authorisation.number(),
                    "allowed", authorisation.claimsAllowed(), "claims", String.join(", ", authorisation.citedBy())));
        }
        return RuleResult.pass(name());
    }
}
