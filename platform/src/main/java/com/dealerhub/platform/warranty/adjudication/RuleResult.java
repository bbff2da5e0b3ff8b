package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.CodedMessage;
import com.dealerhub.common.problem.ProblemCode;

import java.util.Map;

/**
 * What one rule found: passed, or failed with a recorded reason and the consequence the
 * failure has for the claim. The reason is in English; its {@code code} and {@code params}
 * ({@link ProblemCode}) let a client say it in its user's language.
 */
public record RuleResult(String rule, boolean passed, Consequence consequence, String reason, String code, Map<String, String> params) {

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
        return new RuleResult(rule, true, Consequence.NONE, null, null, Map.of());
    }

    public static RuleResult fail(String rule, Consequence consequence, CodedMessage reason) {
        return new RuleResult(rule, false, consequence, reason.text(), reason.code().name(), reason.params());
    }

    /** A reason written before reasons had codes, or without one of its own. */
    public static RuleResult fail(String rule, Consequence consequence, String reason) {
        return fail(rule, consequence, ProblemCode.RULE_FAILED.text(reason));
    }
}
