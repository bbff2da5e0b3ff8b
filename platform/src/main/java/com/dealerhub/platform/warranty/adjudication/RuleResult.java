package com.dealerhub.platform.warranty.adjudication;

/**
 * What one rule found: passed, or failed with a recorded reason and the consequence the
 * failure has for the claim. A rule that has nothing to check on this claim (no campaign, no part
 * needing a pre-authorisation, no operation needing a certificate) passes as not {@code applicable}.
 */
public record RuleResult(String rule, boolean passed, Consequence consequence, String reason, boolean applicable) {

    /** What a failed rule does to the claim. */
    public enum Consequence {
        /** Nothing: the rule passed. */
        NONE,
        /** Back to the dealer, who corrects and resubmits. */
        RETURN,
        /** Refused outright. */
        REJECT
    }

    public static RuleResult pass(String rule) {
        return new RuleResult(rule, true, Consequence.NONE, null, true);
    }

    /** The rule does not concern this claim: it stops nothing, and says so rather than that it checked. */
    public static RuleResult notApplicable(String rule) {
        return new RuleResult(rule, true, Consequence.NONE, null, false);
    }

    public static RuleResult fail(String rule, Consequence consequence, String reason) {
        return new RuleResult(rule, false, consequence, reason, true);
    }
}
