package com.dealerhub.platform.goodwill;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.InvalidField;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the FMC allows: an amount cap, and how the cost is split between the OEM, the dealer and the
 * customer (percentages adding up to 100). The OEM pays its share of the amount the dealer claims.
 */
public record GoodwillConditions(BigDecimal cap, BigDecimal oemShare, BigDecimal dealerShare, BigDecimal customerShare,
                                 String text) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public GoodwillConditions {
        if (cap.signum() <= 0) {
            throw new InvalidField("capAmount", "the cap is an amount above zero");
        }
        if (oemShare.add(dealerShare).add(customerShare).compareTo(HUNDRED) != 0) {
            throw new InvalidField("oemSharePercent", "the OEM's, the dealer's and the customer's shares add up to 100, not "
                    + oemShare.add(dealerShare).add(customerShare).stripTrailingZeros().toPlainString());
        }
    }

    /** The OEM's part of a claimed amount, which must be within the cap. */
    public BigDecimal oemPartOf(BigDecimal requested) {
        if (requested.signum() <= 0 || requested.compareTo(cap) > 0) {
            throw new InvalidField("requestedAmount", ProblemCode.REQUESTED_AMOUNT_CAP.with("cap", cap));
        }
        return requested.multiply(oemShare).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
