package com.dealerhub.platform.parts.missing;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** What a dealer asks for: the part (number or description), how many, the vehicle and why; the OEM's answer. */
@Entity
@Table(name = "missing_part_request")
public class MissingPartRequest extends CasePart {

    @Column(name = "part_number")
    private String partNumber;

    @Column(name = "part_description")
    private String partDescription;

    private int quantity;

    private String vin;

    private String reason;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    @Column(name = "delivery_note")
    private String deliveryNote;

    @Column(name = "decline_reason")
    private String declineReason;

    protected MissingPartRequest() {
    }

    MissingPartRequest(ServiceCase serviceCase, String partNumber, String partDescription, int quantity, String vin, String reason) {
        super(serviceCase);
        this.partNumber = partNumber;
        this.partDescription = partDescription;
        this.quantity = quantity;
        this.vin = vin;
        this.reason = reason;
    }

    void confirmed(LocalDate delivery, String note) {
        deliveryDate = delivery;
        deliveryNote = note;
    }

    void declined(String why) {
        declineReason = why;
    }

    /** The part as people name it: its number, its description, or both. */
    String partName() {
        return partNumber == null ? partDescription : partDescription == null ? partNumber : partNumber + " " + partDescription;
    }

    public String partNumber() { return partNumber; }
    public String partDescription() { return partDescription; }
    public int quantity() { return quantity; }
    public String vin() { return vin; }
    public String reason() { return reason; }
    public LocalDate deliveryDate() { return deliveryDate; }
    public String deliveryNote() { return deliveryNote; }
    public String declineReason() { return declineReason; }
}
