package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A dealer's request to the TAC to repair a special or assembly part of one vehicle under
 * warranty. Granted from the day of the grant until an expiry date, for a number of claims
 * (one by default), or refused; a claim for the part cites it.
 */
@Entity
@Table(name = "pre_authorisation")
public class PreAuthorisation extends CasePart {

    public enum State { REQUESTED, GRANTED, REFUSED }

    @Column(nullable = false, updatable = false)
    private String vin;

    @Column(name = "part_number", nullable = false, updatable = false)
    private String partNumber;

    @Column(name = "granted_on")
    private LocalDate grantedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "claims_allowed", nullable = false)
    private int claimsAllowed = 1;

    protected PreAuthorisation() {
    }

    PreAuthorisation(ServiceCase serviceCase, String vin, String partNumber) {
        super(serviceCase);
        this.vin = vin;
        this.partNumber = partNumber;
    }

    void granted(LocalDate on, LocalDate expires, int claims) {
        grantedOn = on;
        expiresOn = expires;
        claimsAllowed = claims;
    }

    public State state() { return State.valueOf(serviceCase().state()); }
    public String vin() { return vin; }
    public String partNumber() { return partNumber; }
    public LocalDate grantedOn() { return grantedOn; }
    public LocalDate expiresOn() { return expiresOn; }
    public int claimsAllowed() { return claimsAllowed; }
}
