package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.CodedMessage;
import com.dealerhub.common.problem.ProblemCode;

import java.util.Map;

/**
 * What one rule found: passed, or failed with a recorded reason and the consequence the
 * failure has for the claim. The reason is in English; its {@code code} and {@code params}
 * ({@link ProblemCode}) let a client say it in its user's language. A rule that has nothing to check
 * on this claim (no campaign, no part needing a pre-authorisation, no operation needing a certificate)
 * passes as not {@code applicable}.
 */
public record RuleResult(String rule, boolean passed, Consequence consequence, String reason, String code, Map<String, String> params,
                         boolean applicable) {

    /** What a failed rule does to the claim. */
    public enum Consequence {
        /** Nothing: the rule passed. */
        NONE,
        /** Back to the dealer, who corrects and resubmits. */
        RETURN,
        /** Refused outright. */
        REJECT
    }

    public RuleResult {
        params = params == null ? Map.of() : params;
    }

    public static RuleResult pass(String rule) {
        return new RuleResult(rule, true, Consequence.NONE, null, null, Map.of(), true);
    }

    /** The rule does not concern this claim: it stops nothing, and says so rather than that it checked. */
    public static RuleResult notApplicable(String rule) {
        return new RuleResult(rule, true, Consequence.NONE, null, null, Map.of(), false);
    }

    public static RuleResult fail(String rule, Consequence consequence, CodedMessage reason) {
        return new RuleResult(rule, false, consequence, reason.text(), reason.code().name(), reason.params(), true);
    }

    /** A reason written before reasons had codes, or without one of its own. */
    public static RuleResult fail(String rule, Consequence consequence, String reason) {
        return fail(rule, consequence, ProblemCode.RULE_FAILED.text(reason));
    }
}
