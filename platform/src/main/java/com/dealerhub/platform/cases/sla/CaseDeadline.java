package com.dealerhub.platform.cases.sla;

import com.dealerhub.platform.tenancy.DealerOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One clock of one case, stored as absolute instants so the scheduler finds what came due with an
 * index. The arithmetic is {@link SlaClock}'s; this row keeps its result, and what the scheduler
 * fired ({@code warnedAt}, {@code breachedAt}). Updates write only changed columns: the scheduler's
 * marks are never overwritten by a stale copy.
 */
@Entity
@Table(name = "case_deadline")
@DynamicUpdate
public class CaseDeadline extends DealerOwned {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(nullable = false, updatable = false)
    private String clock;

    @Column(nullable = false)
    private String variant;

    @Enumerated(EnumType.STRING)
    private ClockPolicy.Timing timing;

    @Column(name = "duration_seconds")
    private long durationSeconds;

    @Column(name = "warn_before_seconds")
    private long warnBeforeSeconds;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "counted_seconds")
    private long countedSeconds;

    @Column(name = "running_since")
    private Instant runningSince;

    @Column(name = "wait_state")
    private String waitState;

    @Column(name = "pause_reason")
    private String pauseReason;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "missing_year")
    private Integer missingYear;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    /** Duties told of the warning and of the breach, as the policy said when the clock started. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "notify_on_warning")
    private String[] notifyOnWarning = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "notify_on_breach")
    private String[] notifyOnBreach = {};

    protected CaseDeadline() {
    }

    CaseDeadline(UUID caseId, String dealerCode, String networkCode, String clock, StoredClockPolicy policy, SlaClock started) {
        super(dealerCode, networkCode);
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.clock = clock;
        keep(started);
        follow(policy);
    }

    /** Who hears of this clock, and under which variant's policy it counts. */
    void follow(StoredClockPolicy policy) {
        variant = policy.variant();
        notifyOnWarning = policy.notifyOnWarning().toArray(String[]::new);
        notifyOnBreach = policy.notifyOnBreach().toArray(String[]::new);
    }

    /** The clock as {@link SlaClock} computes with it. */
    SlaClock clockState() {
        return new SlaClock(new ClockPolicy(Duration.ofSeconds(durationSeconds), timing, Duration.ofSeconds(warnBeforeSeconds)),
                startedAt, Duration.ofSeconds(countedSeconds), runningSince, waitState, pauseReason, dueAt, warnAt, stoppedAt,
                missingYear);
    }

    void keep(SlaClock state) {
        timing = state.policy().timing();
        durationSeconds = state.policy().duration().toSeconds();
        warnBeforeSeconds = state.policy().warnBefore().toSeconds();
        startedAt = state.startedAt();
        countedSeconds = state.counted().toSeconds();
        runningSince = state.runningSince();
        waitState = state.waitState();
        pauseReason = state.pauseReason();
        dueAt = state.dueAt();
        warnAt = state.warnAt();
        stoppedAt = state.stoppedAt();
        missingYear = state.missingYear();
    }

    /** Begins afresh (a restart): what was fired before belongs to the earlier run and stays on the timeline. */
    void restart(SlaClock started) {
        keep(started);
        warnedAt = null;
        breachedAt = null;
    }

    /** Counts the clock as breached whatever its times say, e.g. a closure the customer's callback proved false. */
    void markBreached(Instant at) {
        if (breachedAt == null) {
            breachedAt = at;
        }
    }

    public UUID caseId() { return caseId; }
    public String clock() { return clock; }
    public String variant() { return variant; }
    public Instant warnedAt() { return warnedAt; }
    public Instant breachedAt() { return breachedAt; }
}
