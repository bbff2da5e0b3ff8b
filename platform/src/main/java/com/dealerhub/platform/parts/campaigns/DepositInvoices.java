package com.dealerhub.platform.parts.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Debits a forced order to the dealer's deposit: an INVOICE entry, written under the dealer's
 * {@code parts_account} lock like every other spend, so that it is counted one after the other with
 * orders placed at the same moment. A forced push is the OEM's decision and is not refused for lack of deposit.
 */
@ApplicationScoped
public class DepositInvoices {

    @PersistenceContext
    EntityManager em;

    public void invoice(String network, String dealer, UUID order, String reference, BigDecimal amount, String by, Instant at) {
        em.createNativeQuery("INSERT INTO parts_account (dealer_code, network_code) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, dealer).setParameter(2, network).executeUpdate();
        em.createNativeQuery("SELECT dealer_code FROM parts_account WHERE dealer_code = ?1 FOR UPDATE")
                .setParameter(1, dealer).getResultList();
        if (amount.signum() == 0) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO parts_deposit_entry (network_code, dealer_code, kind, amount, reference, order_id, recorded_by, recorded_at)
                        VALUES (?1, ?2, 'INVOICE', ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, network).setParameter(2, dealer).setParameter(3, amount).setParameter(4, reference)
                .setParameter(5, order).setParameter(6, by).setParameter(7, Timestamp.from(at)).executeUpdate();
    }
}
