package com.dealerhub.platform.parts.deposit;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The deposit ledger's use cases: the parts department records payments, releases and paid invoices
 * (invoices come from shipments); the dealer reads its own balance and ledger, OEM staff those of the
 * dealers within reach. Another dealer's ledger answers 404.
 */
@TenantService
public class DepositLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Deposits deposits;

    public Balance balance(String dealer) {
        return deposits.balance(reached(dealer).code());
    }

    /** The balances of every dealer within reach, by dealer code. */
    public List<Balance> balances() {
        Caller caller = CurrentCaller.require();
        PartsRoles.requireReader(caller);
        return dealers.codesReachedBy(caller).stream().sorted().map(deposits::balance).toList();
    }

    /** The ledger, newest first (at most 500 entries). */
    public List<EntryView> entries(String dealer) {
        String code = reached(dealer).code();
        List<?> rows = em.createNativeQuery("""
                        SELECT e.id, e.dealer_code, e.kind, e.amount, e.reference, e.order_id, c.number, e.recorded_by, e.recorded_at
                        FROM parts_deposit_entry e LEFT JOIN service_case c ON c.id = e.order_id
                        WHERE e.dealer_code = ?1 ORDER BY e.id DESC LIMIT 500""")
                .setParameter(1, code).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new EntryView(((Number) r[0]).longValue(), (String) r[1],
                EntryKind.valueOf((String) r[2]), (BigDecimal) r[3], (String) r[4], (UUID) r[5], (String) r[6], (String) r[7],
                NativeValues.instant(r[8]))).toList();
    }

    /**
     * The parts department records an entry. A release may not take back more than is available
     * (409 on {@code amount} naming the shortfall); a paid invoice not more than is unpaid. Invoices are
     * raised by shipments only (400 on {@code kind}).
     */
    public Balance record(String dealer, EntryRequest request) {
        Caller caller = CurrentCaller.require();
        PartsRoles.requireOemParts(caller, "records deposit entries");
        String code = reached(dealer).code();
        if (request.kind() == EntryKind.INVOICE) {
            throw new InvalidField("kind", "invoices are raised when parts are shipped; record PAYMENT, RELEASE or INVOICE_PAID");
        }
        deposits.lock(code);
        if (request.kind() == EntryKind.RELEASE) {
            deposits.requireAvailable(code, request.amount(), "amount");
        }
        if (request.kind() == EntryKind.INVOICE_PAID) {
            BigDecimal unpaid = deposits.balance(code).unpaidInvoices();
            if (request.amount().compareTo(unpaid) > 0) {
                throw new Conflict("amount", "more than the unpaid invoices (" + unpaid.toPlainString() + ")");
            }
        }
        deposits.append(code, request.kind(), request.amount(), request.reference().strip(), null);
        return deposits.balance(code);
    }

    private Dealer reached(String code) {
        Caller caller = CurrentCaller.require();
        PartsRoles.requireReader(caller);
        return dealers.find(code).filter(d -> caller.reaches(d.code(), d.network(), d.region()))
                .orElseThrow(() -> new NotFound("dealer", code));
    }
}
