package com.dealerhub.platform.training.sessions;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseSteps;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.sla.CaseDeadlines;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.notifications.Contacts;
import com.dealerhub.platform.notifications.Duty;
import com.dealerhub.platform.notifications.Notifications;
import com.dealerhub.platform.notifications.Template;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.dealerhub.platform.training.sessions.TrainingNeedWorkflow.TABLE;

/**
 * The use cases of a training need: a dealer's admin submits it; the training department answers it by
 * publishing a notice or declines it with a reason (the dealer's station manager hears of either); the
 * dealer may withdraw it while it waits.
 */
@TenantService
public class TrainingNeeds {

    /** Training needs have one set of clock policies. */
    private static final String VARIANT = "STANDARD";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess cases;

    @Inject
    CaseOpening opening;

    @Inject
    CaseSteps steps;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Dealers dealers;

    @Inject
    Notices notices;

    @Inject
    Contacts contacts;

    @Inject
    Notifications notifications;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public NeedView submit(NeedRequests.Submit request) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireDealerAdmin(caller, "submits training needs");
        Dealer dealer = dealers.require(caller.dealer());
        ServiceCase serviceCase = opening.openUnsaved(dealer, CaseType.TRAINING, NeedState.SUBMITTED.name(),
                request.subject().strip(), request.description() == null ? "" : request.description().strip(),
                caller.username());
        List<String> roles = request.roles() == null ? List.of()
                : request.roles().stream().distinct().map(Enum::name).toList();
        TrainingNeed need = new TrainingNeed(serviceCase, request.people(), roles,
                request.preferredMonth() == null ? null : YearMonth.parse(request.preferredMonth()).atDay(1));
        em.persist(serviceCase);
        em.persist(need);
        deadlines.apply(serviceCase, VARIANT, TrainingNeedWorkflow.STARTED_ON_SUBMISSION, null, null, serviceCase.createdAt());
        return changed(need);
    }

    public NeedView get(UUID id) {
        return view(load(id));
    }

    /** The needs within reach, newest first (at most 200). */
    public List<NeedView> list(NeedState state) {
        return cases.partsWithinReach(TrainingNeed.class, state == null ? null : state.name(), Map.of(), 200)
                .stream().map(this::view).toList();
    }

    /** The training department answers by publishing a notice, which the need then links. */
    public NeedView answer(UUID id, NeedRequests.Answer answer) {
        TrainingNeed need = load(id);
        Instant now = clock.instant();
        String title = answer.notice().title().strip();
        move(need, NeedAction.ANSWER, Workflow.Inputs.none(), "answered by the notice \"" + title + "\"", now);
        need.answered(notices.publishAs(CurrentCaller.require(), answer.notice()));
        tellStationManager(need, Template.TRAINING_NEED_ANSWERED, Map.of("notice", title));
        return changed(need);
    }

    public NeedView decline(UUID id, NeedRequests.Reason decision) {
        TrainingNeed need = load(id);
        String reason = decision == null || decision.reason() == null ? null : decision.reason().strip();
        move(need, NeedAction.DECLINE, Workflow.Inputs.reason(reason), reason, clock.instant());
        need.declined(reason);
        tellStationManager(need, Template.TRAINING_NEED_DECLINED, Map.of("reason", reason));
        return changed(need);
    }

    public NeedView withdraw(UUID id, NeedRequests.Reason decision) {
        TrainingNeed need = load(id);
        String reason = decision == null || decision.reason() == null ? null : decision.reason().strip();
        move(need, NeedAction.WITHDRAW, Workflow.Inputs.reason(reason), reason, clock.instant());
        return changed(need);
    }

    private void tellStationManager(TrainingNeed need, Template template, Map<String, String> about) {
        ServiceCase serviceCase = need.serviceCase();
        Map<String, String> values = new java.util.HashMap<>(about);
        values.put("number", serviceCase.number());
        values.put("subject", serviceCase.subject());
        contacts.of(dealers.require(serviceCase.dealerCode()), Duty.STATION_MANAGER)
                .ifPresent(to -> notifications.send(serviceCase, to, template, values));
    }

    private void move(TrainingNeed need, NeedAction action, Workflow.Inputs inputs, String note, Instant at) {
        steps.take(TABLE, NeedState.class, need.serviceCase(), action, inputs, VARIANT, note, at);
    }

    private TrainingNeed load(UUID id) {
        return cases.loadPart(TrainingNeed.class, id, "training need");
    }

    private NeedView changed(TrainingNeed need) {
        outbox.recordChangeOf(need.id());
        return view(need);
    }

    private NeedView view(TrainingNeed need) {
        List<?> titles = need.noticeId() == null ? List.of() : em.createNativeQuery(
                "SELECT title FROM training_notice WHERE id = ?1").setParameter(1, need.noticeId()).getResultList();
        String noticeTitle = titles.isEmpty() ? null : (String) titles.getFirst();
        return NeedView.of(need, noticeTitle, deadlines.of(need.id(), clock.instant()),
                TABLE.allowedActions(NeedState.valueOf(need.serviceCase().state()), CurrentCaller.require()));
    }
}
