package com.dealerhub.platform.training.sessions;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training need: how many people in which roster roles, when; the notice that answered it or why it was declined. */
@Entity
@Table(name = "training_need")
public class TrainingNeed extends CasePart {

    private int people;

    private String[] roles = {};

    @Column(name = "preferred_month")
    private LocalDate preferredMonth;

    @Column(name = "notice_id")
    private UUID noticeId;

    @Column(name = "decline_reason")
    private String declineReason;

    protected TrainingNeed() {
    }

    TrainingNeed(ServiceCase serviceCase, int people, List<String> roles, LocalDate preferredMonth) {
        super(serviceCase);
        this.people = people;
        this.roles = roles.toArray(String[]::new);
        this.preferredMonth = preferredMonth;
    }

    void answered(UUID notice) {
        noticeId = notice;
    }

    void declined(String reason) {
        declineReason = reason;
    }

    public int people() { return people; }
    public List<String> roles() { return List.of(roles); }
    public LocalDate preferredMonth() { return preferredMonth; }
    public UUID noticeId() { return noticeId; }
    public String declineReason() { return declineReason; }
}
