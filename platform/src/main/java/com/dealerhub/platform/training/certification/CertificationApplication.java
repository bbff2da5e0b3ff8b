package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.cases.CasePart;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.training.programmes.Flow;
import com.dealerhub.platform.training.programmes.ProgrammeLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** A certification application or registration: who, for which programme level, its sessions, the check and the certificate. */
@Entity
@Table(name = "certification_application")
public class CertificationApplication extends CasePart {

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "programme_code")
    private String programme;

    private int level;

    @Enumerated(EnumType.STRING)
    private Flow flow;

    private boolean renewal;

    @Column(name = "exam_session_id")
    private UUID examSessionId;

    @Column(name = "session_id")
    private UUID sessionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "check_results")
    private String checkResults;

    @Column(name = "certificate_id")
    private UUID certificateId;

    protected CertificationApplication() {
    }

    CertificationApplication(ServiceCase serviceCase, UUID personId, ProgrammeLevel level, boolean renewal) {
        super(serviceCase);
        this.personId = personId;
        this.programme = level.programme();
        this.level = level.level();
        this.flow = level.flow();
        this.renewal = renewal;
    }

    /** The state an application starts in: silver registrations take the written-exam track. */
    static CertificationState initialState(Flow flow) {
        return flow.hasWrittenExam() ? CertificationState.REGISTERED_FOR_EXAM : CertificationState.APPLIED;
    }

    void checked(String resultsJson) {
        this.checkResults = resultsJson;
    }

    void invitedToExam(UUID session) {
        this.examSessionId = session;
    }

    void invited(UUID session) {
        this.sessionId = session;
    }

    void absent() {
        this.sessionId = null;
    }

    void certified(UUID certificate) {
        this.certificateId = certificate;
    }

    public UUID personId() { return personId; }
    public String programme() { return programme; }
    public int level() { return level; }
    public Flow flow() { return flow; }
    public boolean renewal() { return renewal; }
    public UUID examSessionId() { return examSessionId; }
    public UUID sessionId() { return sessionId; }
    public String checkResultsJson() { return checkResults; }
    public UUID certificateId() { return certificateId; }
}
