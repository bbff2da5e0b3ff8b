package com.dealerhub.platform.warranty.adjudication;

/** One check of auto-adjudication, named for what it verifies. */
public interface AdjudicationRule {

    RuleResult check(ClaimUnderReview claim, RuleSettings settings);

    default String name() {
        return getClass().getSimpleName();
    }
}
