package com.dealerhub.platform.settlement;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.goodwill.GoodwillPayments;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.claims.WarrantyClaim;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A dealer's statement for a period (UTC days, inclusive): the warranty claims credited to it and
 * their total, and the goodwill paid to it, a kind of line of its own with its own total. It reads
 * what the capabilities credit; none of them reads it.
 */
@TenantService
public class DealerStatements {

    /**
     * Warranty lines and their total; paid goodwill, a kind of line of its own, with its own total,
     * kept apart from warranty cost.
     */
    public record Statement(String dealer, LocalDate from, LocalDate to, List<Line> lines, BigDecimal total,
                            List<GoodwillPayments.Paid> goodwill, BigDecimal goodwillTotal) {
    }

    public record Line(String claim, String kind, String vin, String repairOrder, Instant settledAt,
                       BigDecimal claimedAmount, BigDecimal creditedAmount) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    GoodwillPayments goodwillPayments;

    public Statement of(String dealer, LocalDate from, LocalDate to) {
        Caller caller = CurrentCaller.require();
        String code = dealer == null ? caller.dealer() : dealer;
        if (code == null) {
            throw new InvalidField("dealer", "name the dealer whose statement you want");
        }
        if (!dealers.codesReachedBy(caller).contains(code)) {
            throw new NotFound("dealer", code);
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidField(from == null ? "from" : "to", "give the period as from and to dates, to not before from");
        }
        List<Line> lines = em.createQuery("""
                        SELECT w FROM WarrantyClaim w JOIN w.serviceCase c
                        WHERE w.dealerCode = :dealer AND w.settledAt >= :from AND w.settledAt < :to
                        ORDER BY w.settledAt, c.number""", WarrantyClaim.class)
                .setParameter("dealer", code)
                .setParameter("from", from.atStartOfDay().toInstant(ZoneOffset.UTC))
                .setParameter("to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .setMaxResults(10_000)
                .getResultList().stream()
                .map(w -> new Line(w.serviceCase().number(), w.kind().name(), w.repair().vin(), w.repair().repairOrder(),
                        w.settledAt(), w.claimedAmount(), w.approvedAmount()))
                .toList();
        BigDecimal total = lines.stream().map(Line::creditedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<GoodwillPayments.Paid> goodwill = goodwillPayments.paidTo(code, start, end);
        BigDecimal goodwillTotal = goodwill.stream().map(GoodwillPayments.Paid::paidAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Statement(code, from, to, lines, total, goodwill, goodwillTotal);
    }
}
