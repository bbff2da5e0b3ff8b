package com.dealerhub.platform.cases.sla;

import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.workflow.ClockEffect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /**
     * Applies a step's clock effects; {@code waitState} and {@code reason} name a pause. The case's
     * clocks, the variant's policies and (only when a clock counts on it) the calendar are read once.
     */
    public void apply(ServiceCase serviceCase, String variant, List<ClockEffect> effects, String waitState, String reason,
                      Instant at) {
        if (effects.isEmpty()) {
            return;
        }
        Map<String, CaseDeadline> kept = kept(serviceCase.id()).stream()
                .collect(Collectors.toMap(CaseDeadline::clock, Function.identity()));
        Map<String, StoredClockPolicy> policy = policies.ofVariant(serviceCase.networkCode(), serviceCase.type().name(), variant);
        List<ClockPolicy> involved = new ArrayList<>();
        for (ClockEffect effect : effects) {
            Optional.ofNullable(kept.get(effect.clock())).ifPresent(d -> involved.add(d.clockState().policy()));
            Optional.ofNullable(policy.get(effect.clock())).ifPresent(p -> involved.add(p.policy()));
        }
        WorkingCalendar calendar = calendarIfCounted(serviceCase, involved);
        for (ClockEffect effect : effects) {
            CaseDeadline deadline = kept.get(effect.clock());
            StoredClockPolicy clockPolicy = policy.get(effect.clock());
            switch (effect.kind()) {
                case START -> {
                    if (deadline == null && clockPolicy != null) {
                        kept.put(effect.clock(), start(serviceCase, clockPolicy, at, calendar));
                    }
                }
                case RESTART -> {
                    if (clockPolicy == null) {
                        continue;
                    }
                    if (deadline == null) {
                        kept.put(effect.clock(), start(serviceCase, clockPolicy, at, calendar));
                    } else {
                        deadline.restart(SlaClock.start(clockPolicy.policy(), at, calendar));
                        deadline.follow(clockPolicy);
                    }
                }
                case STOP -> {
                    if (deadline != null) {
                        stop(deadline, at, calendar);
                    }
                }
                case PAUSE -> {
                    if (deadline != null && deadline.clockState().status(at) != SlaClock.Status.PAUSED
                            && deadline.clockState().stoppedAt() == null) {
                        deadline.keep(deadline.clockState().pause(at, waitState, reason, calendar));
                    }
                }
                case RESUME -> {
                    if (deadline != null && deadline.clockState().status(at) == SlaClock.Status.PAUSED) {
                        deadline.keep(deadline.clockState().resume(at, calendar));
                    }
                }
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
        List<CaseDeadline> running = kept(serviceCase.id()).stream().filter(d -> d.clockState().stoppedAt() == null).toList();
        Map<String, StoredClockPolicy> policy = policies.ofVariant(serviceCase.networkCode(), serviceCase.type().name(), newVariant);
        WorkingCalendar calendar = calendarIfCounted(serviceCase, Stream.concat(
                running.stream().map(d -> d.clockState().policy()), policy.values().stream().map(StoredClockPolicy::policy)).toList());
        for (CaseDeadline deadline : running) {
            StoredClockPolicy p = policy.get(deadline.clock());
            if (p != null) {
                deadline.keep(deadline.clockState().withPolicy(p.policy(), at, calendar));
                deadline.follow(p);
            }
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

    private CaseDeadline start(ServiceCase serviceCase, StoredClockPolicy policy, Instant at, WorkingCalendar calendar) {
        CaseDeadline started = new CaseDeadline(serviceCase.id(), serviceCase.dealerCode(), serviceCase.networkCode(),
                policy.clock(), policy, SlaClock.start(policy.policy(), at, calendar));
        em.persist(started);
        return started;
    }

    /** A paused clock stops where it stood: the pause counted nothing. */
    private static void stop(CaseDeadline deadline, Instant at, WorkingCalendar calendar) {
        SlaClock state = deadline.clockState();
        if (state.stoppedAt() != null) {
            return;
        }
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

    /**
     * The network's calendar when one of these clocks counts on it; none (null) for wall-clock clocks,
     * whose arithmetic never reads it, so that the common case costs no calendar queries.
     */
    private WorkingCalendar calendarIfCounted(ServiceCase serviceCase, List<ClockPolicy> clocks) {
        boolean counted = clocks.stream().anyMatch(p -> p.timing() != ClockPolicy.Timing.WALL_CLOCK);
        return counted ? calendars.of(serviceCase.networkCode()) : null;
    }
}
