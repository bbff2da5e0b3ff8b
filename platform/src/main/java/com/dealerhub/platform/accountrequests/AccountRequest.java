package com.dealerhub.platform.accountrequests;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/**
 * A dealer's request about an account in an OEM system: drafted and submitted by the
 * dealer's admin, confirmed by the regional manager, batched by the back office, processed
 * by IT. Its number, state and timeline are those of its case; this holds what is asked.
 */
@Entity
@Table(name = "account_request")
public class AccountRequest extends CasePart {

    @Enumerated(EnumType.STRING)
    private AccountRequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_system")
    private TargetSystem system;

    @Column(name = "account_username")
    private String username;

    @Column(name = "account_email")
    private String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "requested_roles")
    private String[] roles;

    @Column(name = "lock_reason")
    private String lockReason;

    @Column(name = "improvement_plan")
    private String improvementPlan;

    @Column(name = "repeat_request")
    private boolean repeatRequest;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "copied_to")
    private String[] copiedTo;

    @Column(name = "batch_id")
    private String batchId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected AccountRequest() {
    }

    AccountRequest(ServiceCase serviceCase, AccountRequestDetails details) {
        super(serviceCase);
        this.kind = details.kind();
        this.system = details.system();
        this.username = details.username();
        this.email = details.email();
        this.roles = details.roles().toArray(String[]::new);
        this.lockReason = details.lockReason();
        this.improvementPlan = details.improvementPlan();
        this.copiedTo = new String[0];
    }

    /** Records a submission: when, whether it repeats an earlier one, and who is copied. */
    void submitted(Instant at, boolean repeat, List<String> copies) {
        submittedAt = at;
        repeatRequest = repeat;
        copiedTo = copies.toArray(String[]::new);
    }

    void batched(String batch) {
        batchId = batch;
    }

    public AccountRequestDetails details() {
        return new AccountRequestDetails(kind, system, username, email, List.of(roles), lockReason, improvementPlan);
    }

    public AccountRequestState state() { return AccountRequestState.valueOf(serviceCase().state()); }
    public boolean repeatRequest() { return repeatRequest; }
    public List<String> copiedTo() { return List.of(copiedTo); }
    public String batchId() { return batchId; }
    public Instant submittedAt() { return submittedAt; }
}
