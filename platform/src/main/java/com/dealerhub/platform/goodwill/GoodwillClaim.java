package com.dealerhub.platform.goodwill;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A goodwill claim: the complaint it comes from, the FMC's conditions, what the dealer claims, and the payment. */
@Entity
@Table(name = "goodwill_claim")
public class GoodwillClaim extends CasePart {

    @Column(name = "complaint_id")
    private UUID complaintId;

    @Column(name = "cap_amount")
    private BigDecimal capAmount;

    @Column(name = "oem_share")
    private BigDecimal oemShare;

    @Column(name = "dealer_share")
    private BigDecimal dealerShare;

    @Column(name = "customer_share")
    private BigDecimal customerShare;

    private String conditions;

    @Column(name = "requested_amount")
    private BigDecimal requestedAmount;

    @Column(name = "oem_amount")
    private BigDecimal oemAmount;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "paid_amount")
    private BigDecimal paidAmount;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Column(name = "paid_at")
    private Instant paidAt;

    protected GoodwillClaim() {
    }

    GoodwillClaim(ServiceCase serviceCase, UUID complaintId, GoodwillConditions allowed) {
        super(serviceCase);
        this.complaintId = complaintId;
        capAmount = allowed.cap();
        oemShare = allowed.oemShare();
        dealerShare = allowed.dealerShare();
        customerShare = allowed.customerShare();
        conditions = allowed.text();
    }

    GoodwillConditions allowed() {
        return new GoodwillConditions(capAmount, oemShare, dealerShare, customerShare, conditions);
    }

    void submitted(BigDecimal requested, Instant at) {
        oemAmount = allowed().oemPartOf(requested);
        requestedAmount = requested;
        submittedAt = at;
    }

    void confirmed(Instant at) {
        confirmedAt = at;
    }

    /** CAC pays the OEM's share. */
    void paid(String reference, Instant at) {
        paidAmount = oemAmount;
        paymentReference = reference;
        paidAt = at;
    }

    public UUID complaintId() { return complaintId; }
    public BigDecimal capAmount() { return capAmount; }
    public BigDecimal oemShare() { return oemShare; }
    public BigDecimal dealerShare() { return dealerShare; }
    public BigDecimal customerShare() { return customerShare; }
    public String conditions() { return conditions; }
    public BigDecimal requestedAmount() { return requestedAmount; }
    public BigDecimal oemAmount() { return oemAmount; }
    public Instant submittedAt() { return submittedAt; }
    public Instant confirmedAt() { return confirmedAt; }
    public BigDecimal paidAmount() { return paidAmount; }
    public String paymentReference() { return paymentReference; }
    public Instant paidAt() { return paidAt; }
}
