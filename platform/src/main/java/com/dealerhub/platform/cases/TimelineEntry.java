package com.dealerhub.platform.cases;

import com.dealerhub.platform.tenancy.DealerOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step in a case's history: who did what, when, from which state to which, and why. */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry extends DealerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ServiceCase serviceCase;


    private Instant at;
    private String actor;
    private String action;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    private String note;

    protected TimelineEntry() {
    }

    TimelineEntry(ServiceCase serviceCase, Instant at, String actor, String action,
                  String fromState, String toState, String note) {
        super(serviceCase.dealerCode(), serviceCase.networkCode());
        this.serviceCase = serviceCase;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    public Instant at() { return at; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String fromState() { return fromState; }
    public String toState() { return toState; }
    public String note() { return note; }
}
