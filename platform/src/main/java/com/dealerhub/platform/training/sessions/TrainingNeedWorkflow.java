package com.dealerhub.platform.training.sessions;

import com.dealerhub.platform.cases.workflow.ClockEffect;
import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;

import java.util.List;

import static com.dealerhub.platform.cases.workflow.ClockEffect.start;
import static com.dealerhub.platform.cases.workflow.ClockEffect.stop;
import static com.dealerhub.platform.training.sessions.NeedAction.ANSWER;
import static com.dealerhub.platform.training.sessions.NeedAction.DECLINE;
import static com.dealerhub.platform.training.sessions.NeedAction.WITHDRAW;
import static com.dealerhub.platform.training.sessions.NeedState.ANSWERED;
import static com.dealerhub.platform.training.sessions.NeedState.DECLINED;
import static com.dealerhub.platform.training.sessions.NeedState.SUBMITTED;
import static com.dealerhub.platform.training.sessions.NeedState.WITHDRAWN;

/**
 * Training needs (a TRAINING case): a dealer's admin submits what its people need; the training
 * department answers within its clock by publishing a notice, or declines with a reason; the dealer
 * may withdraw a need not yet answered.
 */
public final class TrainingNeedWorkflow {

    static final String ANSWER_CLOCK = "NEED_ANSWER";

    /** The training department's clock runs from the submission. */
    static final List<ClockEffect> STARTED_ON_SUBMISSION = List.of(start(ANSWER_CLOCK));

    public static final Workflow<NeedState, NeedAction> TABLE = Workflow.<NeedState, NeedAction>of("training need")
            .step(ANSWER, SUBMITTED).to(ANSWERED).by(Who.oem(TrainingRoles.TRAINING_DEPARTMENT)).clocks(stop(ANSWER_CLOCK)).add()
            .step(DECLINE, SUBMITTED).to(DECLINED).by(Who.oem(TrainingRoles.TRAINING_DEPARTMENT)).withReason()
                .clocks(stop(ANSWER_CLOCK)).add()
            .step(WITHDRAW, SUBMITTED).to(WITHDRAWN).by(Who.dealer(TrainingRoles.DEALER_ADMIN)).clocks(stop(ANSWER_CLOCK)).add()
            .build();

    private TrainingNeedWorkflow() {
    }
}
