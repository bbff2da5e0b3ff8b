package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
import java.util.TreeSet;

/** Every attachment the claim kind needs is there (photos, signed statements, invoices). */
public class RequiredAttachmentsPresent implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        var missing = new TreeSet<>(claim.requiredAttachments());
        missing.removeAll(claim.attachments());
        if (!missing.isEmpty()) {
            return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_ATTACHMENTS_MISSING.with("missing", String.join(", ", missing)));
        }
        return RuleResult.pass(name());
    }
}
