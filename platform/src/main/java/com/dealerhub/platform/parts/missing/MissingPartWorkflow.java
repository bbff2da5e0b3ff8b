package com.dealerhub.platform.parts.missing;

import com.dealerhub.platform.cases.workflow.ClockEffect;
import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.parts.PartsRoles;

import java.util.List;

import static com.dealerhub.platform.cases.workflow.ClockEffect.start;
import static com.dealerhub.platform.cases.workflow.ClockEffect.stop;
import static com.dealerhub.platform.parts.missing.MissingPartAction.CONFIRM;
import static com.dealerhub.platform.parts.missing.MissingPartAction.DECLINE;
import static com.dealerhub.platform.parts.missing.MissingPartAction.RECEIVE;
import static com.dealerhub.platform.parts.missing.MissingPartAction.WITHDRAW;
import static com.dealerhub.platform.parts.missing.MissingPartState.CONFIRMED;
import static com.dealerhub.platform.parts.missing.MissingPartState.DECLINED;
import static com.dealerhub.platform.parts.missing.MissingPartState.RECEIVED;
import static com.dealerhub.platform.parts.missing.MissingPartState.REQUESTED;
import static com.dealerhub.platform.parts.missing.MissingPartState.WITHDRAWN;

/**
 * Missing-part orders (缺失件订购, a MISSING_PART case): the dealer's parts staff ask for a part they cannot
 * order normally; the parts department confirms it within its clock, arranging delivery on a date, or
 * declines it with a reason; the dealer confirms receipt, or withdraws a request still waiting.
 */
public final class MissingPartWorkflow {

    static final String CONFIRM_CLOCK = "MISSING_PART_CONFIRM";

    /** The parts department's clock runs from the request. */
    static final List<ClockEffect> STARTED_ON_REQUEST = List.of(start(CONFIRM_CLOCK));

    public static final Workflow<MissingPartState, MissingPartAction> TABLE =
            Workflow.<MissingPartState, MissingPartAction>of("missing-part request")
                    .step(CONFIRM, REQUESTED).to(CONFIRMED).by(Who.oem(PartsRoles.OEM_PARTS)).clocks(stop(CONFIRM_CLOCK)).add()
                    .step(DECLINE, REQUESTED).to(DECLINED).by(Who.oem(PartsRoles.OEM_PARTS)).withReason()
                        .clocks(stop(CONFIRM_CLOCK)).add()
                    .step(WITHDRAW, REQUESTED).to(WITHDRAWN).by(Who.dealer(PartsRoles.DEALER_PARTS_STAFF)).clocks(stop(CONFIRM_CLOCK)).add()
                    .step(RECEIVE, CONFIRMED).to(RECEIVED).by(Who.dealer(PartsRoles.DEALER_PARTS_STAFF)).add()
                    .build();

    private MissingPartWorkflow() {
    }
}
