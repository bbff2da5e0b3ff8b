package com.dealerhub.platform.goodwill;

import com.dealerhub.platform.cases.workflow.Evidence;
import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;

import static com.dealerhub.platform.cases.workflow.ClockEffect.restart;
import static com.dealerhub.platform.cases.workflow.ClockEffect.start;
import static com.dealerhub.platform.cases.workflow.ClockEffect.stop;
import static com.dealerhub.platform.goodwill.GoodwillAction.CONFIRM;
import static com.dealerhub.platform.goodwill.GoodwillAction.PAY;
import static com.dealerhub.platform.goodwill.GoodwillAction.REJECT;
import static com.dealerhub.platform.goodwill.GoodwillAction.RETURN;
import static com.dealerhub.platform.goodwill.GoodwillAction.SUBMIT;
import static com.dealerhub.platform.goodwill.GoodwillState.CONDITIONS_SET;
import static com.dealerhub.platform.goodwill.GoodwillState.CONFIRMED;
import static com.dealerhub.platform.goodwill.GoodwillState.PAID;
import static com.dealerhub.platform.goodwill.GoodwillState.REJECTED;
import static com.dealerhub.platform.goodwill.GoodwillState.SUBMITTED;

/**
 * Goodwill claims (DOMAIN section 2): the dealer submits within the FMC's conditions, with the
 * customer's signed agreement and the repair order or invoice attached by its own staff; the FMC
 * confirms, returns or rejects; CAC records the payment.
 */
public final class GoodwillWorkflow {

    static final String FMC = "oem-regional-manager";
    static final String CAC = "oem-cac";
    static final String[] DEALER_ROLES = {"dealer-admin", "dealer-claims"};
    /** The customer's signed agreement to the conditions. */
    public static final String AGREEMENT = "SIGNED_AGREEMENT";
    /** The repair order or the invoice of the work done. */
    public static final String INVOICE = "INVOICE";

    static final String CONFIRMATION_CLOCK = "CONFIRMATION";
    static final String PAYMENT_CLOCK = "PAYMENT";

    public static final Workflow<GoodwillState, GoodwillAction> TABLE = Workflow.<GoodwillState, GoodwillAction>of("goodwill claim")
            .step(SUBMIT, CONDITIONS_SET).to(SUBMITTED).by(Who.dealer(DEALER_ROLES))
                .needs(Evidence.of(AGREEMENT, DEALER_ROLES)).needs(Evidence.of(INVOICE, DEALER_ROLES))
                .clocks(restart(CONFIRMATION_CLOCK)).add()
            .step(CONFIRM, SUBMITTED).to(CONFIRMED).by(Who.oem(FMC)).clocks(stop(CONFIRMATION_CLOCK), start(PAYMENT_CLOCK)).add()
            .step(RETURN, SUBMITTED).to(CONDITIONS_SET).by(Who.oem(FMC)).withReason().clocks(stop(CONFIRMATION_CLOCK)).add()
            .step(REJECT, CONDITIONS_SET, SUBMITTED).to(REJECTED).by(Who.oem(FMC)).withReason().clocks(stop(CONFIRMATION_CLOCK)).add()
            .step(PAY, CONFIRMED).to(PAID).by(Who.oem(CAC)).withReason().clocks(stop(PAYMENT_CLOCK)).add()
            .build();

    private GoodwillWorkflow() {
    }
}
