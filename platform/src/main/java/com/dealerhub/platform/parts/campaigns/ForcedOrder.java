package com.dealerhub.platform.parts.campaigns;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A parts order of kind FORCED: the campaign it pushes parts for, when, and its value (debited to the deposit). */
@Entity(name = "ForcedOrder")
@Table(name = "parts_order")
public class ForcedOrder extends CasePart {

    static final String KIND = "FORCED";

    private String kind;

    @Column(name = "campaign_code")
    private String campaignCode;

    @Column(name = "placed_at")
    private Instant placedAt;

    private BigDecimal value;

    protected ForcedOrder() {
    }

    ForcedOrder(ServiceCase serviceCase, String campaignCode, BigDecimal value) {
        super(serviceCase);
        this.kind = KIND;
        this.campaignCode = campaignCode;
        this.placedAt = serviceCase.createdAt();
        this.value = value;
    }

    public String kind() { return kind; }
    public String campaignCode() { return campaignCode; }
    public Instant placedAt() { return placedAt; }
    public BigDecimal value() { return value; }
}
