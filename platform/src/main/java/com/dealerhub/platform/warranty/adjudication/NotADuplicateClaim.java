package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
import java.util.HashSet;
import java.util.Set;

/** No earlier claim for the same VIN and labor operation within the network's duplicate window. */
public class NotADuplicateClaim implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        Set<String> operations = new HashSet<>();
        claim.labor().forEach(l -> operations.add(l.operation()));
        for (var earlier : claim.earlierClaims()) {
            long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(earlier.repairDate(), claim.repairDate()));
            boolean sameOperation = earlier.laborOperations().stream().anyMatch(operations::contains);
            if (sameOperation && days <= settings.duplicateWindowDays()) {
                return RuleResult.fail(name(), RuleResult.Consequence.REJECT, ProblemCode.RULE_DUPLICATE_CLAIM.with(
                        "claim", earlier.number(), "days", days, "window", settings.duplicateWindowDays()));
            }
        }
        return RuleResult.pass(name());
    }
}
