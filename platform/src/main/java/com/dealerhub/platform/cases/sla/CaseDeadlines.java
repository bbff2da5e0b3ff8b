package com.dealerhub.platform.cases.sla;

import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.workflow.ClockEffect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The clocks of cases, kept with the case in the caller's transaction: a workflow step's
 * {@link ClockEffect}s start, stop, pause, resume or restart them under the network's policy for
 * the case's type and variant. A clock the variant has no policy for is not kept (an ordinary
 * complaint has no hourly progress clock). Rows are locked while changed, so the scheduler
 * (which skips locked rows) fires on the state this transaction leaves.
 */
@ApplicationScoped
public class CaseDeadlines {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClockPolicies policies;

    @Inject
    WorkingCalendars calendars;

    /** Applies a step's clock effects; {@code waitState} and {@code reason} name a pause. */
    public void apply(ServiceCase serviceCase, String variant, List<ClockEffect> effects, String waitState, String reason,
                      Instant at) {
        for (ClockEffect effect : effects) {
            Optional<CaseDeadline> kept = find(serviceCase.id(), effect.clock());
            switch (effect.kind()) {
                case START -> {
                    if (kept.isEmpty()) {
                        start(serviceCase, variant, effect.clock(), at);
                    }
                }
                case RESTART -> kept.ifPresentOrElse(d -> restart(serviceCase, variant, d, at),
                        () -> start(serviceCase, variant, effect.clock(), at));
                case STOP -> kept.ifPresent(d -> stop(serviceCase, d, at));
                case PAUSE -> kept.filter(d -> d.clockState().status(at) != SlaClock.Status.PAUSED && d.clockState().stoppedAt() == null)
                        .ifPresent(d -> d.keep(d.clockState().pause(at, waitState, reason, calendar(serviceCase))));
                case RESUME -> kept.filter(d -> d.clockState().status(at) == SlaClock.Status.PAUSED)
                        .ifPresent(d -> d.keep(d.clockState().resume(at, calendar(serviceCase))));
            }
        }
    }

    /** Counts a clock as breached whatever its times, e.g. a closure that the callback proved false. */
    public void markBreached(UUID caseId, String clock, Instant at) {
        find(caseId, clock).ifPresent(d -> d.markBreached(at));
    }

    /**
     * The case changes variant (e.g. becomes an emergency): each clock the new variant has takes its
     * policy from now on, keeping the time already counted and any pause.
     */
    public void changeVariant(ServiceCase serviceCase, String newVariant, Instant at) {
        for (CaseDeadline deadline : kept(serviceCase.id())) {
            if (deadline.clockState().stoppedAt() != null) {
                continue;
            }
            policies.of(serviceCase.networkCode(), serviceCase.type().name(), newVariant, deadline.clock())
                    .ifPresent(p -> {
                        deadline.keep(deadline.clockState().withPolicy(p.policy(), at, calendar(serviceCase)));
                        deadline.follow(p);
                    });
        }
    }

    /** The case's clocks, earliest due first. */
    public List<ClockView> of(UUID caseId, Instant now) {
        return em.createQuery("SELECT d FROM CaseDeadline d WHERE d.caseId = :case", CaseDeadline.class)
                .setParameter("case", caseId).getResultList().stream()
                .map(d -> ClockView.of(d, now))
                .sorted(Comparator.comparing(ClockView::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private void start(ServiceCase serviceCase, String variant, String clock, Instant at) {
        policies.of(serviceCase.networkCode(), serviceCase.type().name(), variant, clock).ifPresent(p ->
                em.persist(new CaseDeadline(serviceCase.id(), serviceCase.dealerCode(), serviceCase.networkCode(), clock,
                        p, SlaClock.start(p.policy(), at, calendar(serviceCase)))));
    }

    private void restart(ServiceCase serviceCase, String variant, CaseDeadline deadline, Instant at) {
        policies.of(serviceCase.networkCode(), serviceCase.type().name(), variant, deadline.clock()).ifPresent(p -> {
            deadline.restart(SlaClock.start(p.policy(), at, calendar(serviceCase)));
            deadline.follow(p);
        });
    }

    /** A paused clock stops where it stood: the pause counted nothing. */
    private void stop(ServiceCase serviceCase, CaseDeadline deadline, Instant at) {
        SlaClock state = deadline.clockState();
        if (state.stoppedAt() != null) {
            return;
        }
        WorkingCalendar calendar = calendar(serviceCase);
        if (state.status(at) == SlaClock.Status.PAUSED) {
            state = state.resume(at, calendar);
        }
        deadline.keep(state.stop(at, calendar));
    }

    private Optional<CaseDeadline> find(UUID caseId, String clock) {
        return em.createQuery("SELECT d FROM CaseDeadline d WHERE d.caseId = :case AND d.clock = :clock", CaseDeadline.class)
                .setParameter("case", caseId).setParameter("clock", clock)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    private List<CaseDeadline> kept(UUID caseId) {
        return em.createQuery("SELECT d FROM CaseDeadline d WHERE d.caseId = :case", CaseDeadline.class)
                .setParameter("case", caseId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private WorkingCalendar calendar(ServiceCase serviceCase) {
        return calendars.of(serviceCase.networkCode());
    }
}
