package com.dealerhub.platform.goodwill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The goodwill paid to a dealer in a period, for its statement (in the caller's transaction and reach). */
@ApplicationScoped
public class GoodwillPayments {

    /** One paid goodwill claim: the OEM's share, as CAC paid it. */
    public record Paid(String claim, String complaint, Instant paidAt, BigDecimal requestedAmount, BigDecimal oemSharePercent,
                       BigDecimal paidAmount, String paymentReference) {
    }

    @PersistenceContext
    EntityManager em;

    public List<Paid> paidTo(String dealer, Instant from, Instant to) {
        return em.createQuery("""
                        SELECT g FROM GoodwillClaim g JOIN g.serviceCase c
                        WHERE g.dealerCode = :dealer AND g.paidAt >= :from AND g.paidAt < :to
                        ORDER BY g.paidAt, c.number""", GoodwillClaim.class)
                .setParameter("dealer", dealer).setParameter("from", from).setParameter("to", to)
                .setMaxResults(10_000)
                .getResultList().stream()
                .map(g -> new Paid(g.serviceCase().number(), complaintNumber(g), g.paidAt(), g.requestedAmount(), g.oemShare(),
                        g.paidAmount(), g.paymentReference()))
                .toList();
    }

    private String complaintNumber(GoodwillClaim g) {
        var complaint = em.find(com.dealerhub.platform.cases.ServiceCase.class, g.complaintId());
        return complaint == null ? null : complaint.number();
    }
}
