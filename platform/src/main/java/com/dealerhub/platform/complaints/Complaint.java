package com.dealerhub.platform.complaints;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A customer's complaint as CAC recorded it, dispatched to a dealer. Its number, state and timeline
 * are its case's; this holds what the customer said, the flags, and the milestones the clocks and
 * the reports read.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends CasePart {

    @Enumerated(EnumType.STRING)
    private ComplaintSource source;

    @Enumerated(EnumType.STRING)
    private ComplaintCategory category;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "customer_phone")
    private String customerPhone;

    private String vin;
    private String model;

    @Enumerated(EnumType.STRING)
    @Column(name = "fault_category")
    private FaultCategory faultCategory;

    private boolean emergency;

    @Column(name = "insurance_status")
    private String insuranceStatus;

    @Column(name = "aftermarket_modifications")
    private String aftermarketModifications;

    @Column(name = "police_report")
    private String policeReport;

    private boolean media;

    @Column(name = "media_name")
    private String mediaName;

    @Column(name = "media_column")
    private String mediaColumn;

    @Column(name = "reporter_name")
    private String reporterName;

    @Column(name = "reporter_contact")
    private String reporterContact;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "contacted_at")
    private Instant contactedAt;

    @Column(name = "delay_reason")
    @Enumerated(EnumType.STRING)
    private NonClosureReason delayReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    private String resolution;

    @Column(name = "callback_outcome")
    @Enumerated(EnumType.STRING)
    private CallbackOutcome callbackOutcome;

    @Column(name = "called_back_at")
    private Instant calledBackAt;

    @Column(name = "false_closures")
    private int falseClosures;

    @Column(name = "repeat_escalated")
    private boolean repeatEscalated;

    protected Complaint() {
    }

    Complaint(ServiceCase serviceCase, NewComplaint recorded, Instant at) {
        super(serviceCase);
        source = recorded.source();
        category = recorded.category();
        customerName = recorded.customerName().strip();
        customerPhone = recorded.customerPhone().strip();
        vin = recorded.vin().strip().toUpperCase();
        model = recorded.model().strip();
        faultCategory = recorded.faultCategory();
        if (recorded.emergency() != null) {
            emergency = true;
            insuranceStatus = recorded.emergency().insuranceStatus().strip();
            aftermarketModifications = recorded.emergency().aftermarketModifications().strip();
            policeReport = recorded.emergency().policeReport().strip();
        }
        if (recorded.media() != null) {
            media = true;
            mediaName = recorded.media().mediaName().strip();
            mediaColumn = recorded.media().column() == null ? null : recorded.media().column().strip();
            reporterName = recorded.media().reporterName().strip();
            reporterContact = recorded.media().reporterContact().strip();
        }
        recordedAt = at;
    }

    void dispatched(Instant at) {
        dispatchedAt = at;
    }

    void contacted(Instant at) {
        if (contactedAt == null) {
            contactedAt = at;
        }
    }

    void delayed(NonClosureReason reason) {
        delayReason = reason;
    }

    void closed(String resolutionText, Instant at) {
        closedAt = at;
        resolution = resolutionText;
        callbackOutcome = null;
        calledBackAt = null;
    }

    void calledBack(CallbackOutcome outcome, Instant at) {
        callbackOutcome = outcome;
        calledBackAt = at;
        if (outcome.provesFalseClosure()) {
            falseClosures++;
            closedAt = null;
        }
    }

    /** CAC learns the complaint is an emergency (vehicle fire, major accident), with what that records. */
    void flagEmergency(NewComplaint.Emergency details) {
        emergency = true;
        insuranceStatus = details.insuranceStatus().strip();
        aftermarketModifications = details.aftermarketModifications().strip();
        policeReport = details.policeReport().strip();
    }

    void escalatedAsRepeat() {
        repeatEscalated = true;
    }

    String variant() {
        return ComplaintWorkflow.variant(emergency);
    }

    public ComplaintSource source() { return source; }
    public ComplaintCategory category() { return category; }
    public String customerName() { return customerName; }
    public String customerPhone() { return customerPhone; }
    public String vin() { return vin; }
    public String model() { return model; }
    public FaultCategory faultCategory() { return faultCategory; }
    public boolean emergency() { return emergency; }
    public String insuranceStatus() { return insuranceStatus; }
    public String aftermarketModifications() { return aftermarketModifications; }
    public String policeReport() { return policeReport; }
    public boolean media() { return media; }
    public String mediaName() { return mediaName; }
    public String mediaColumn() { return mediaColumn; }
    public String reporterName() { return reporterName; }
    public String reporterContact() { return reporterContact; }
    public Instant recordedAt() { return recordedAt; }
    public Instant dispatchedAt() { return dispatchedAt; }
    public Instant contactedAt() { return contactedAt; }
    public NonClosureReason delayReason() { return delayReason; }
    public Instant closedAt() { return closedAt; }
    public String resolution() { return resolution; }
    public CallbackOutcome callbackOutcome() { return callbackOutcome; }
    public Instant calledBackAt() { return calledBackAt; }
    public int falseClosures() { return falseClosures; }
    public boolean repeatEscalated() { return repeatEscalated; }
}
