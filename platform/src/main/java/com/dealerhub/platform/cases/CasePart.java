package com.dealerhub.platform.cases;

import com.dealerhub.platform.tenancy.DealerOwned;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;

import java.util.UUID;

/**
 * What a case type adds to its case (an account request, a warranty claim...): a row sharing
 * the case's id, owned by the case's dealer. Number, state and timeline stay on the case.
 */
@MappedSuperclass
public abstract class CasePart extends DealerOwned {

    @Id
    private UUID id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "id")
    private ServiceCase serviceCase;

    protected CasePart() {
    }

    protected CasePart(ServiceCase serviceCase) {
        super(serviceCase.dealerCode(), serviceCase.networkCode());
        this.serviceCase = serviceCase;
    }

    /** The case's id; known before this part is flushed, as it is the case's. */
    public UUID id() {
        return id != null ? id : serviceCase.id();
    }

    public ServiceCase serviceCase() {
        return serviceCase;
    }
}
