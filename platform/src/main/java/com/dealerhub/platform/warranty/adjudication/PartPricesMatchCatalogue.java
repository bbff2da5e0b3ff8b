package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
import java.math.BigDecimal;

/** Each part's claimed unit price is the catalogue price (within the network's tolerance). */
public class PartPricesMatchCatalogue implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(settings.priceTolerancePercent()).movePointLeft(2));
        for (var part : claim.parts()) {
            if (part.cataloguePrice() == null) {
                return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_PART_NOT_IN_CATALOGUE.with("part", part.number()));
            }
            if (part.unitPrice().compareTo(part.cataloguePrice().multiply(factor)) > 0) {
                return RuleResult.fail(name(), RuleResult.Consequence.RETURN, ProblemCode.RULE_PART_PRICE_ABOVE_CATALOGUE.with(
                        "part", part.number(), "claimed", part.unitPrice(), "catalogue", part.cataloguePrice()));
            }
        }
        return RuleResult.pass(name());
    }
}
