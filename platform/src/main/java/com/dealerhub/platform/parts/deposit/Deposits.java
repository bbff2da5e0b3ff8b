package com.dealerhub.platform.parts.deposit;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.Dealers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

/**
 * A dealer's deposit as other code uses it, in the caller's transaction (this bean opens none).
 * Whoever spends or credits a deposit first calls {@link #lock}: the dealer's {@code parts_account}
 * row is locked until the transaction ends, so two orders of the same moment are checked one after
 * the other and can never overdraw it. Typical use:
 * <pre>
 *   deposits.lock(dealer);
 *   deposits.requireAvailable(dealer, value, "lines");   // 409 naming the shortfall
 *   ... store the order (its open lines now count against the deposit) ...
 * </pre>
 * Open order lines count by themselves (nothing to debit while an order waits); what has been shipped
 * is debited as an {@link EntryKind#INVOICE} with {@link #debit} until it is paid.
 */
@ApplicationScoped
public class Deposits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Clock clock;

    /** Locks the dealer's account (creating it on first use) until the end of the caller's transaction. */
    public void lock(String dealer) {
        String network = dealers.require(dealer).network();
        em.createNativeQuery("INSERT INTO parts_account (dealer_code, network_code) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, dealer).setParameter(2, network).executeUpdate();
        em.createNativeQuery("SELECT dealer_code FROM parts_account WHERE dealer_code = ?1 FOR UPDATE")
                .setParameter(1, dealer).getResultList();
    }

    /** The dealer's position now; call {@link #lock} first when about to spend on it. */
    public Balance balance(String dealer) {
        em.flush();
        Object[] ledger = (Object[]) em.createNativeQuery("""
                        SELECT coalesce(sum(amount) FILTER (WHERE kind = 'PAYMENT'), 0) - coalesce(sum(amount) FILTER (WHERE kind = 'RELEASE'), 0),
                               coalesce(sum(amount) FILTER (WHERE kind = 'INVOICE'), 0) - coalesce(sum(amount) FILTER (WHERE kind = 'INVOICE_PAID'), 0)
                        FROM parts_deposit_entry WHERE dealer_code = ?1""")
                .setParameter(1, dealer).getSingleResult();
        BigDecimal open = (BigDecimal) em.createNativeQuery("""
                        SELECT coalesce(sum((quantity - cancelled - shipped) * unit_price), 0)
                        FROM parts_order_line WHERE dealer_code = ?1 AND quantity - cancelled - shipped > 0""")
                .setParameter(1, dealer).getSingleResult();
        return Balance.of(dealer, (BigDecimal) ledger[0], open, (BigDecimal) ledger[1]);
    }

    public BigDecimal available(String dealer) {
        return balance(dealer).available();
    }

    /**
     * Refuses (409 on {@code field}, naming the shortfall) an amount the available deposit does not cover.
     * Hold the {@link #lock} first, or another transaction may spend the same money.
     */
    public void requireAvailable(String dealer, BigDecimal amount, String field) {
        Balance balance = balance(dealer);
        BigDecimal shortfall = balance.shortfall(amount);
        if (shortfall.signum() > 0) {
            throw new Conflict(field, "%s exceeds the available deposit %s: shortfall %s"
                    .formatted(amount.toPlainString(), balance.available().toPlainString(), shortfall.toPlainString()));
        }
    }

    /** Debits parts shipped to the dealer (an INVOICE, unpaid until settled); the order is the case it belongs to. */
    public void debit(String dealer, BigDecimal amount, String reference, UUID order) {
        append(dealer, EntryKind.INVOICE, amount, reference, order);
    }

    /** Appends an entry to the dealer's ledger (never changed afterwards), recorded by the current caller. */
    public void append(String dealer, EntryKind kind, BigDecimal amount, String reference, UUID order) {
        if (amount.signum() <= 0) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO parts_deposit_entry (network_code, dealer_code, kind, amount, reference, order_id, recorded_by, recorded_at)
                        SELECT network_code, dealer_code, ?2, ?3, ?4, ?5, ?6, ?7 FROM parts_account WHERE dealer_code = ?1""")
                .setParameter(1, dealer).setParameter(2, kind.name()).setParameter(3, amount).setParameter(4, reference)
                .setParameter(5, order).setParameter(6, CurrentCaller.require().username()).setParameter(7, clock.instant())
                .executeUpdate();
    }
}
