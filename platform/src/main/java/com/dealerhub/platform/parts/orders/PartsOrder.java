package com.dealerhub.platform.parts.orders;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** The order-specific part of a PARTS_ORDER case: kind and citation, DMS idempotency key, when placed and its value. Lines live in {@code parts_order_line}. */
@Entity
@Table(name = "parts_order")
public class PartsOrder extends CasePart {

    @Enumerated(EnumType.STRING)
    private OrderKind kind;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    private String vin;

    @Column(name = "repair_order")
    private String repairOrder;

    @Column(name = "campaign_code")
    private String campaignCode;

    @Column(name = "placed_at")
    private Instant placedAt;

    private BigDecimal value;

    protected PartsOrder() {
    }

    public PartsOrder(ServiceCase serviceCase, OrderKind kind, String idempotencyKey, String vin, String repairOrder,
                      String campaignCode, BigDecimal value) {
        super(serviceCase);
        this.kind = kind;
        this.idempotencyKey = idempotencyKey;
        this.vin = vin;
        this.repairOrder = repairOrder;
        this.campaignCode = campaignCode;
        this.placedAt = serviceCase.createdAt();
        this.value = value;
    }

    public OrderKind kind() { return kind; }
    public String idempotencyKey() { return idempotencyKey; }
    public String vin() { return vin; }
    public String repairOrder() { return repairOrder; }
    public String campaignCode() { return campaignCode; }
    public Instant placedAt() { return placedAt; }
    public BigDecimal value() { return value; }
}
