package com.dealerhub.platform.parts.deposit;

import java.math.BigDecimal;

/**
 * A dealer's deposit position: the deposit (payments − releases), the value of its open order lines
 * (asked − cancelled − shipped, at their prices), its unpaid invoices, and what is available for new
 * orders: deposit − open orders − unpaid invoices.
 */
public record Balance(String dealer, BigDecimal deposit, BigDecimal openOrders, BigDecimal unpaidInvoices,
                      BigDecimal available) {

    static Balance of(String dealer, BigDecimal deposit, BigDecimal openOrders, BigDecimal unpaidInvoices) {
        return new Balance(dealer, deposit, openOrders, unpaidInvoices, deposit.subtract(openOrders).subtract(unpaidInvoices));
    }

    /** How much is missing for an amount; zero when it is covered. */
    public BigDecimal shortfall(BigDecimal amount) {
        return amount.subtract(available).max(BigDecimal.ZERO);
    }
}
