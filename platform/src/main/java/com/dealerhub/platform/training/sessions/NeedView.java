package com.dealerhub.platform.training.sessions;

import com.dealerhub.platform.cases.CaseView;
import com.dealerhub.platform.cases.sla.ClockView;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** A training need as the API shows it, with its clock, its answer and the actions the caller may take now. */
public record NeedView(UUID id, String number, NeedState state, String dealer, String subject, String description,
                       int people, List<String> roles, String preferredMonth, UUID notice, String noticeTitle,
                       String declineReason, long version, List<ClockView> clocks, List<NeedAction> allowedActions,
                       List<CaseView.Step> timeline) {

    static NeedView of(TrainingNeed need, String noticeTitle, List<ClockView> clocks, List<NeedAction> allowed) {
        CaseView kase = CaseView.of(need.serviceCase(), allowed);
        return new NeedView(need.id(), kase.number(), NeedState.valueOf(kase.state()), kase.dealer(), kase.subject(),
                need.serviceCase().description(), need.people(), need.roles(),
                need.preferredMonth() == null ? null : YearMonth.from(need.preferredMonth()).toString(),
                need.noticeId(), noticeTitle, need.declineReason(), kase.version(), clocks, allowed, kase.timeline());
    }
}
