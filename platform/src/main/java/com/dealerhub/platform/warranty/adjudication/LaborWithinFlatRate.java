package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
import java.math.BigDecimal;

/** Claimed hours of each labor operation stay within its flat rate plus the network's tolerance. */
public class LaborWithinFlatRate implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(settings.laborTolerancePercent()).movePointLeft(2));
        for (var line : claim.labor()) {
            BigDecimal allowed = line.flatRateHours().multiply(factor);
            if (line.hours().compareTo(allowed) > 0) {
                return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_LABOR_OVER_FLAT_RATE.with("operation", line.operation(),
                        "hours", line.hours(), "flatRate", line.flatRateHours(), "tolerance", settings.laborTolerancePercent()));
            }
        }
        return RuleResult.pass(name());
    }
}
