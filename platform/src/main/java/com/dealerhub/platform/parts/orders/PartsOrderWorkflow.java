package com.dealerhub.platform.parts.orders;

import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.parts.PartsRoles;

import static com.dealerhub.platform.parts.orders.OrderAction.ALLOCATE;
import static com.dealerhub.platform.parts.orders.OrderAction.CANCEL;
import static com.dealerhub.platform.parts.orders.OrderAction.CANCEL_BACKORDER;
import static com.dealerhub.platform.parts.orders.OrderAction.CANCEL_LINES;
import static com.dealerhub.platform.parts.orders.OrderAction.COMPLETE_ALLOCATION;
import static com.dealerhub.platform.parts.orders.OrderAction.RECEIVE;
import static com.dealerhub.platform.parts.orders.OrderAction.SHIP;
import static com.dealerhub.platform.parts.orders.OrderAction.SHIP_PART;
import static com.dealerhub.platform.parts.orders.OrderState.ALLOCATED;
import static com.dealerhub.platform.parts.orders.OrderState.CANCELLED;
import static com.dealerhub.platform.parts.orders.OrderState.PARTLY_ALLOCATED;
import static com.dealerhub.platform.parts.orders.OrderState.PLACED;
import static com.dealerhub.platform.parts.orders.OrderState.RECEIVED;
import static com.dealerhub.platform.parts.orders.OrderState.SHIPPED;

/**
 * A parts order (a PARTS_ORDER case): the dealer's parts staff place it; allocation runs of the OEM's
 * parts department allocate it partly or fully; the parts department ships what is allocated (raising
 * an invoice on the deposit); the dealer confirms what it received. The dealer cancels backorders
 * (what is neither allocated nor cancelled) at any time before shipment, the whole order while
 * nothing of it is allocated.
 */
public final class PartsOrderWorkflow {

    private static final Who<OrderState> DEALER = Who.dealer(PartsRoles.DEALER_PARTS_STAFF);
    private static final Who<OrderState> OEM_PARTS = Who.oem(PartsRoles.OEM_PARTS);

    public static final Workflow<OrderState, OrderAction> TABLE = Workflow.<OrderState, OrderAction>of("parts order")
            .step(ALLOCATE, PLACED, PARTLY_ALLOCATED).to(PARTLY_ALLOCATED).by(OEM_PARTS).add()
            .step(COMPLETE_ALLOCATION, PLACED, PARTLY_ALLOCATED).to(ALLOCATED).by(OEM_PARTS).add()
            .step(CANCEL_LINES, PLACED).to(PLACED).by(DEALER).add()
            .step(CANCEL_LINES, PARTLY_ALLOCATED).to(PARTLY_ALLOCATED).by(DEALER).add()
            .step(CANCEL_BACKORDER, PARTLY_ALLOCATED).to(ALLOCATED).by(DEALER).add()
            .step(CANCEL, PLACED).to(CANCELLED).by(DEALER).add()
            .step(SHIP_PART, PARTLY_ALLOCATED).to(PARTLY_ALLOCATED).by(OEM_PARTS).add()
            .step(SHIP, ALLOCATED).to(SHIPPED).by(OEM_PARTS).add()
            .step(RECEIVE, SHIPPED).to(RECEIVED).by(DEALER).add()
            .build();

    private PartsOrderWorkflow() {
    }
}
