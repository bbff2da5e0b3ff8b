package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimKind;
import com.dealerhub.platform.warranty.ClaimState;
import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.warranty.adjudication.AutoAdjudication;
import com.dealerhub.platform.cases.approval.CopiedChain;
import com.dealerhub.platform.cases.workflow.Target;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dealer's warranty claim. Its number, state and timeline are those of its case; this holds
 * the repair, the priced lines, the approval chain it was submitted into, and the record of
 * its auto-adjudication.
 */
@Entity
@Table(name = "warranty_claim")
public class WarrantyClaim extends CasePart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClaimKind kind;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "repair_order", nullable = false)
    private String repairOrder;

    @Column(nullable = false)
    private String vin;

    @Column(name = "model_code", nullable = false)
    private String model;

    @Column(name = "sale_date", nullable = false)
    private LocalDate saleDate;

    @Column(name = "repair_date", nullable = false)
    private LocalDate repairDate;

    private long mileage;

    @Column(nullable = false)
    private String cause;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String labor;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String parts;

    @Column(name = "sublet_amount", nullable = false)
    private BigDecimal sublet;

    @Column(name = "approved_sublet")
    private BigDecimal approvedSublet;

    @Column(name = "pre_authorisation_id")
    private UUID preAuthorisation;

    @Column(name = "campaign_code")
    private String campaign;

    /** The people who did the repair (person ids), as the dealer named them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private UUID[] technicians = new UUID[0];

    @Column(name = "labor_rate", nullable = false)
    private BigDecimal laborRate;

    @Column(name = "claimed_amount", nullable = false)
    private BigDecimal claimedAmount;

    @Column(name = "approved_amount")
    private BigDecimal approvedAmount;

    @Embedded
    private CopiedChain approval = CopiedChain.of(List.of());

    @JdbcTypeCode(SqlTypes.JSON)
    private String adjudication;

    @Column(name = "settings_version")
    private Integer settingsVersion;

    private int submissions;

    @Column(name = "request_digest", updatable = false)
    private String requestDigest;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected WarrantyClaim() {
    }

    WarrantyClaim(ServiceCase serviceCase, ClaimKind kind, String idempotencyKey, String requestDigest) {
        super(serviceCase);
        this.kind = kind;
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
    }

    /** Whether a request under this claim's idempotency key says what the request that created it said. */
    boolean sameRequest(String digest) {
        // Claims received before digests were kept cannot be compared; they answer as before.
        return requestDigest == null || requestDigest.equals(digest);
    }

    /** Sets (or, for a correction, replaces) what the dealer claims. */
    void describe(ClaimRepair repair, List<UUID> technicians, ClaimLines lines, BigDecimal laborRate) {
        this.technicians = technicians.toArray(UUID[]::new);
        this.repairOrder = repair.repairOrder();
        this.vin = repair.vin();
        this.model = repair.model();
        this.saleDate = repair.saleDate();
        this.repairDate = repair.repairDate();
        this.mileage = repair.mileage();
        this.cause = repair.cause();
        this.preAuthorisation = repair.preAuthorisation();
        this.campaign = repair.campaign();
        this.laborRate = laborRate;
        price(lines);
        // What the dealer claims now has not been approved by anyone, whatever an earlier round approved.
        this.approvedAmount = null;
    }

    /** Records a submission and its auto-adjudication, and the chain the claim goes through if it passed. */
    void submitted(AutoAdjudication.Verdict verdict, String verdictJson, List<ApprovalStep> chain, Instant at) {
        submissions++;
        submittedAt = at;
        adjudication = verdictJson;
        settingsVersion = verdict.settingsVersion();
        approval = CopiedChain.of(chain.stream().map(Enum::name).toList());
    }

    void approvedStep(ClaimLines adjustedLines) {
        approval.advance();
        price(adjustedLines);
        this.approvedAmount = adjustedLines.approvedTotal();
    }

    void settled(Instant at) {
        settledAt = at;
    }

    private void price(ClaimLines lines) {
        this.labor = lines.laborJson();
        this.parts = lines.partsJson();
        this.sublet = lines.sublet();
        this.approvedSublet = lines.approvedSublet();
        this.claimedAmount = lines.claimedTotal();
    }

    public ClaimRepair repair() {
        return new ClaimRepair(repairOrder, vin, model, saleDate, repairDate, mileage, serviceCase().description(), cause,
                preAuthorisation, campaign);
    }

    public List<UUID> technicians() {
        return List.of(technicians);
    }

    public ClaimLines lines() {
        return ClaimLines.fromJson(labor, parts, sublet, approvedSublet);
    }

    public List<ApprovalStep> chain() {
        return approval.steps().stream().map(ApprovalStep::valueOf).toList();
    }

    /** Where approving the current step leads: the next approver, or approved after the last. */
    Target.Chain<ClaimState> afterApproval() {
        return approval.next(step -> ApprovalStep.valueOf(step).pendingState(), ClaimState.APPROVED);
    }

    public ClaimState state() { return ClaimState.valueOf(serviceCase().state()); }
    public ClaimKind kind() { return kind; }
    public String idempotencyKey() { return idempotencyKey; }
    public BigDecimal laborRate() { return laborRate; }
    public BigDecimal claimedAmount() { return claimedAmount; }
    public BigDecimal approvedAmount() { return approvedAmount; }
    public String adjudicationJson() { return adjudication; }
    public Integer settingsVersion() { return settingsVersion; }
    public int submissions() { return submissions; }
    public Instant submittedAt() { return submittedAt; }
    public Instant settledAt() { return settledAt; }
}
