package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A dealer's request to the TAC to repair a special or assembly part of one vehicle under
 * warranty. Granted until an expiry date, or refused; a special-part claim cites it.
 */
@Entity
@Table(name = "pre_authorisation")
public class PreAuthorisation extends CasePart {

    public enum State { REQUESTED, GRANTED, REFUSED }

    @Column(nullable = false, updatable = false)
    private String vin;

    @Column(name = "part_number", nullable = false, updatable = false)
    private String partNumber;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected PreAuthorisation() {
    }

    PreAuthorisation(ServiceCase serviceCase, String vin, String partNumber) {
        super(serviceCase);
        this.vin = vin;
        this.partNumber = partNumber;
    }

    void granted(LocalDate expires) {
        expiresOn = expires;
    }

    public State state() { return State.valueOf(serviceCase().state()); }
    public String vin() { return vin; }
    public String partNumber() { return partNumber; }
    public LocalDate expiresOn() { return expiresOn; }
}
