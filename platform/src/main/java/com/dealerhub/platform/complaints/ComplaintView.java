package com.dealerhub.platform.complaints;

import com.dealerhub.platform.cases.CaseView;
import com.dealerhub.platform.cases.sla.ClockView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A complaint as the API shows it: the case, what was recorded, its clocks, and the actions the caller may take now. */
public record ComplaintView(UUID id, String number, ComplaintState state, String dealer, String subject, String description,
                            ComplaintSource source, ComplaintCategory category, String customerName, String customerPhone,
                            String vin, String model, FaultCategory faultCategory, NewComplaint.Emergency emergency,
                            NewComplaint.Media media, Instant recordedAt, Instant dispatchedAt, Instant contactedAt,
                            NonClosureReason delayReason, Instant closedAt, String resolution,
                            CallbackOutcome callbackOutcome, Instant calledBackAt, int falseClosures, boolean repeatEscalated,
                            long version, List<ClockView> clocks, List<ComplaintAction> allowedActions,
                            List<CaseView.Step> timeline) {

    static ComplaintView of(Complaint c, List<ClockView> clocks, List<ComplaintAction> allowedActions) {
        CaseView kase = CaseView.of(c.serviceCase(), allowedActions);
        return new ComplaintView(c.id(), kase.number(), ComplaintState.valueOf(kase.state()), kase.dealer(), kase.subject(),
                kase.description(), c.source(), c.category(), c.customerName(), c.customerPhone(), c.vin(), c.model(),
                c.faultCategory(),
                c.emergency() ? new NewComplaint.Emergency(c.insuranceStatus(), c.aftermarketModifications(), c.policeReport()) : null,
                c.media() ? new NewComplaint.Media(c.mediaName(), c.mediaColumn(), c.reporterName(), c.reporterContact()) : null,
                c.recordedAt(), c.dispatchedAt(), c.contactedAt(), c.delayReason(), c.closedAt(), c.resolution(),
                c.callbackOutcome(), c.calledBackAt(), c.falseClosures(), c.repeatEscalated(), kase.version(), clocks,
                allowedActions, kase.timeline());
    }
}
