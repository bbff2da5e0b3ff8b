package com.dealerhub.platform.warranty.adjudication;

/** A claim kind that needs a TAC pre-authorisation cites one that was granted and had not expired at the repair. */
public class AuthorisationPresentAndUnexpired implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        if (!claim.authorisationRequired()) {
            return RuleResult.pass(name());
        }
        var authorisation = claim.authorisation();
        if (authorisation == null) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, "special and assembly parts need a TAC pre-authorisation");
        }
        if (!authorisation.granted()) {
            return RuleResult.fail(name(), RuleResult.Consequence.REJECT, "pre-authorisation " + authorisation.number() + " was not granted");
        }
        if (claim.repairDate().isAfter(authorisation.expires())) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, "pre-authorisation " + authorisation.number()
                    + " expired on " + authorisation.expires());
        }
        return RuleResult.pass(name());
    }
}
