package com.dealerhub.platform.cases;

import com.dealerhub.platform.cases.workflow.Move;
import jakarta.persistence.CascadeType;
import com.dealerhub.platform.tenancy.DealerOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A piece of after-sales work for one dealer. It is opened (by the dealer, or by the OEM on
 * the dealer's behalf), worked, resolved and closed; every step lands in its timeline. The
 * version grows with every change and orders the case's events downstream.
 */
@Entity
@Table(name = "service_case")
public class ServiceCase extends DealerOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String number;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseType type;

    /** A state of the case type's own workflow (e.g. {@link CaseState} for generic cases). */
    @Column(nullable = false)
    private String state;


    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String description;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    protected ServiceCase() {
    }

    private ServiceCase(String dealerCode, String networkCode) {
        super(dealerCode, networkCode);
    }

    public static ServiceCase open(String number, CaseType type, String dealerCode, String networkCode,
                                   String subject, String description, String openedBy, Instant at) {
        return open(number, type, CaseState.OPEN.name(), dealerCode, networkCode, subject, description, openedBy, at);
    }

    /** Opens a case of a type with its own workflow, in that workflow's first state. */
    public static ServiceCase open(String number, CaseType type, String initialState, String dealerCode, String networkCode,
                                   String subject, String description, String openedBy, Instant at) {
        ServiceCase c = new ServiceCase(dealerCode, networkCode);
        c.id = UUID.randomUUID();
        c.number = number;
        c.type = type;
        c.state = initialState;
        c.subject = subject;
        c.description = description == null ? "" : description;
        c.createdBy = openedBy;
        c.createdAt = at;
        c.updatedAt = at;
        c.timeline.add(new TimelineEntry(c, at, openedBy, "OPEN", null, initialState, null));
        return c;
    }

    /** Takes a move its type's workflow table decided, and records why. */
    public void take(Move<?, ?> move, String by, String note, Instant at) {
        moveTo(move.action().name(), move.to().name(), by, note, at);
    }

    /** Moves the case to a state of its type's workflow, which has decided the move is allowed, and records it. */
    public void moveTo(String action, String next, String by, String note, Instant at) {
        String previous = state;
        state = next;
        updatedAt = at;
        timeline.add(new TimelineEntry(this, at, by, action, previous, next, note));
    }

    /** Records a step that changes no state (e.g. an attachment added), and counts as a change of the case. */
    public void record(String action, String by, String note, Instant at) {
        moveTo(action, state, by, note, at);
    }

    /** Replaces what the case says it is about, e.g. when the dealer corrects a returned claim. */
    public void describe(String newSubject, String newDescription) {
        subject = newSubject;
        description = newDescription == null ? "" : newDescription;
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public CaseType type() { return type; }
    public String state() { return state; }
    public String subject() { return subject; }
    public String description() { return description; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<TimelineEntry> timeline() { return Collections.unmodifiableList(timeline); }
}
