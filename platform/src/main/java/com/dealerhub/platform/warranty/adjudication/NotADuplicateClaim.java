package com.dealerhub.platform.warranty.adjudication;

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
                return RuleResult.fail(name(), RuleResult.Consequence.REJECT, "claim " + earlier.number()
                        + " covered the same labor operation on this VIN " + days + " days apart (window "
                        + settings.duplicateWindowDays() + " days)");
            }
        }
        return RuleResult.pass(name());
    }
}
