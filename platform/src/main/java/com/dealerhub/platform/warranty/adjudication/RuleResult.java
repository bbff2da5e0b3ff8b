package com.dealerhub.platform.warranty.adjudication;

/**
 * What one rule found: passed, or failed with a recorded reason and the consequence the
 * failure has for the claim.
 */
public record RuleResult(String rule, boolean passed, Consequence consequence, String reason) {

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
        return new RuleResult(rule, true, Consequence.NONE, null);
    }

    public static RuleResult fail(String rule, Consequence consequence, String reason) {
        return new RuleResult(rule, false, consequence, reason);
    }
}
