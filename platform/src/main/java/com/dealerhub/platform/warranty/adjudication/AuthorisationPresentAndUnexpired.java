package com.dealerhub.platform.warranty.adjudication;

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
                    ? "special and assembly parts need a TAC pre-authorisation"
                    : "special or assembly part " + String.join(", ", need.specialParts()) + " needs a TAC pre-authorisation");
        }
        if (!authorisation.granted()) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT, "pre-authorisation " + authorisation.number() + " was not granted");
        }
        if (claim.repairDate().isBefore(authorisation.grantedOn())) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, "pre-authorisation " + authorisation.number()
                    + " was granted on " + authorisation.grantedOn() + ", after the repair on " + claim.repairDate());
        }
        if (claim.repairDate().isAfter(authorisation.expires())) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, "pre-authorisation " + authorisation.number()
                    + " expired on " + authorisation.expires());
        }
        if (authorisation.citedBy().size() >= authorisation.claimsAllowed()) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, "pre-authorisation " + authorisation.number()
                    + " covers " + authorisation.claimsAllowed() + " claim(s), already used by " + String.join(", ", authorisation.citedBy()));
        }
        return RuleResult.pass(name());
    }
}
