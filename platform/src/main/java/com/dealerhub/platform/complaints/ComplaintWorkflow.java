package com.dealerhub.platform.complaints;

import com.dealerhub.platform.cases.workflow.ClockEffect;
import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;

import static com.dealerhub.platform.cases.workflow.ClockEffect.pause;
import static com.dealerhub.platform.cases.workflow.ClockEffect.restart;
import static com.dealerhub.platform.cases.workflow.ClockEffect.start;
import static com.dealerhub.platform.cases.workflow.ClockEffect.stop;
import static com.dealerhub.platform.complaints.ComplaintAction.CLOSE;
import static com.dealerhub.platform.complaints.ComplaintAction.CONFIRM_CLOSURE;
import static com.dealerhub.platform.complaints.ComplaintAction.CONTACT;
import static com.dealerhub.platform.complaints.ComplaintAction.DISPATCH;
import static com.dealerhub.platform.complaints.ComplaintAction.FILE_DELAY;
import static com.dealerhub.platform.complaints.ComplaintAction.REPORT_FALSE_CLOSURE;
import static com.dealerhub.platform.complaints.ComplaintAction.REPLY;
import static com.dealerhub.platform.complaints.ComplaintAction.REPORT_PROGRESS;
import static com.dealerhub.platform.complaints.ComplaintAction.UPDATE_CUSTOMER;
import static com.dealerhub.platform.complaints.ComplaintClock.ANSWER;
import static com.dealerhub.platform.complaints.ComplaintClock.CALLBACK;
import static com.dealerhub.platform.complaints.ComplaintClock.CLOSURE;
import static com.dealerhub.platform.complaints.ComplaintClock.CUSTOMER_MESSAGE;
import static com.dealerhub.platform.complaints.ComplaintClock.CUSTOMER_UPDATE;
import static com.dealerhub.platform.complaints.ComplaintClock.ESCALATION;
import static com.dealerhub.platform.complaints.ComplaintClock.PROGRESS;
import static com.dealerhub.platform.complaints.ComplaintState.CALLED_BACK;
import static com.dealerhub.platform.complaints.ComplaintState.CLOSED;
import static com.dealerhub.platform.complaints.ComplaintState.DELAYED;
import static com.dealerhub.platform.complaints.ComplaintState.DISPATCHED;
import static com.dealerhub.platform.complaints.ComplaintState.IN_PROGRESS;
import static com.dealerhub.platform.complaints.ComplaintState.RECORDED;

/**
 * Customer complaints (DOMAIN section 3): CAC records and dispatches (which messages the station
 * manager, the regional service manager and the customer); the dealer contacts the customer,
 * reports progress, files a delay (pausing the closure clock) or closes; CAC calls the customer
 * back and confirms the closure, or reports it false, which reopens the complaint.
 */
public final class ComplaintWorkflow {

    static final String CAC = "oem-cac";
    private static final Who<ComplaintState> DEALER = Who.dealer("dealer-admin", "dealer-advisor");
    private static final Who<ComplaintState> CAC_AGENT = Who.oem(CAC);
    private static final Who<ComplaintState> FMC = Who.oem("oem-regional-manager");

    public static final Workflow<ComplaintState, ComplaintAction> TABLE = Workflow.<ComplaintState, ComplaintAction>of("complaint")
            .step(DISPATCH, RECORDED).to(DISPATCHED).by(CAC_AGENT)
                .clocks(stop(ComplaintClock.DISPATCH), stop(CUSTOMER_MESSAGE), start(ComplaintClock.CONTACT), start(CLOSURE),
                        start(PROGRESS), start(CUSTOMER_UPDATE), start(ESCALATION), start(ANSWER)).add()
            .step(CONTACT, DISPATCHED).to(IN_PROGRESS).by(DEALER).withReason()
                .clocks(stop(ComplaintClock.CONTACT), restart(CUSTOMER_UPDATE)).add()
            .step(REPORT_PROGRESS, IN_PROGRESS).to(IN_PROGRESS).by(DEALER).withReason()
                .clocks(restart(PROGRESS), restart(ESCALATION)).add()
            .step(REPORT_PROGRESS, DELAYED).to(DELAYED).by(DEALER).withReason()
                .clocks(restart(PROGRESS), restart(ESCALATION)).add()
            .step(UPDATE_CUSTOMER, IN_PROGRESS).to(IN_PROGRESS).by(DEALER).withReason().clocks(restart(CUSTOMER_UPDATE), stop(ANSWER)).add()
            .step(UPDATE_CUSTOMER, DELAYED).to(DELAYED).by(DEALER).withReason().clocks(restart(CUSTOMER_UPDATE), stop(ANSWER)).add()
            .step(FILE_DELAY, IN_PROGRESS).to(DELAYED).by(DEALER).withReason()
                .clocks(pause(CLOSURE), restart(PROGRESS), restart(ESCALATION)).add()
            .step(CLOSE, IN_PROGRESS, DELAYED).to(CLOSED).by(DEALER).withReason()
                .clocks(stop(CLOSURE), stop(PROGRESS), stop(CUSTOMER_UPDATE), stop(ESCALATION), stop(ANSWER), start(CALLBACK)).add()
            // the dealer and the regional manager reply to CAC on an open complaint; the state stays
            .step(REPLY, DISPATCHED).to(DISPATCHED).by(DEALER).withReason().add()
            .step(REPLY, IN_PROGRESS).to(IN_PROGRESS).by(DEALER).withReason().add()
            .step(REPLY, DELAYED).to(DELAYED).by(DEALER).withReason().add()
            .step(REPLY, DISPATCHED).to(DISPATCHED).by(FMC).withReason().add()
            .step(REPLY, IN_PROGRESS).to(IN_PROGRESS).by(FMC).withReason().add()
            .step(REPLY, DELAYED).to(DELAYED).by(FMC).withReason().add()
            .step(CONFIRM_CLOSURE, CLOSED).to(CALLED_BACK).by(CAC_AGENT).clocks(stop(CALLBACK)).add()
            .step(REPORT_FALSE_CLOSURE, CLOSED).to(IN_PROGRESS).by(CAC_AGENT).withReason()
                .clocks(stop(CALLBACK), restart(PROGRESS), restart(ESCALATION), restart(CUSTOMER_UPDATE)).add()
            .build();

    /** Recording starts the clocks to the dispatch and to the customer's message. */
    static final java.util.List<ClockEffect> STARTED_ON_RECORDING = java.util.List.of(
            start(ComplaintClock.DISPATCH), start(CUSTOMER_MESSAGE));

    /** A dispatched complaint flagged as an emergency starts the emergency's own clocks. */
    static final java.util.List<ClockEffect> STARTED_BY_EMERGENCY = java.util.List.of(
            start(PROGRESS), start(CUSTOMER_UPDATE), start(ESCALATION), start(ANSWER));

    private ComplaintWorkflow() {
    }

    /** The complaint's variant for its clock policies. */
    static String variant(boolean emergency) {
        return emergency ? "EMERGENCY" : "STANDARD";
    }
}
