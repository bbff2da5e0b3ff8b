package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseView;
import com.dealerhub.platform.cases.sla.CaseDeadlines;
import com.dealerhub.platform.training.certification.prerequisites.Candidate;
import com.dealerhub.platform.training.certification.prerequisites.PrerequisiteResult;
import com.dealerhub.platform.training.certification.prerequisites.Prerequisites;
import com.dealerhub.platform.training.programmes.ProgrammeLevel;
import com.dealerhub.platform.training.programmes.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builds the views of an application: before the check, the prerequisites are read live (what the
 * training department is about to decide on); from the check on, as recorded.
 */
@ApplicationScoped
public class CertificationViews {

    private static final List<CertificationState> BEFORE_CHECK = List.of(CertificationState.APPLIED, CertificationState.REGISTERED_FOR_EXAM);

    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    Applicants applicants;

    @Inject
    CandidateEvidence evidence;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Clock clock;

    CertificationView full(CertificationApplication application) {
        CertificationState state = CertificationState.valueOf(application.serviceCase().state());
        List<PrerequisiteResult> prerequisites;
        boolean recorded = application.checkResultsJson() != null;
        if (recorded) {
            prerequisites = PrerequisiteRecord.read(application.checkResultsJson());
        } else if (BEFORE_CHECK.contains(state)) {
            prerequisites = Prerequisites.check(level(application), candidate(application, TrainingDay.today(clock)));
        } else {
            prerequisites = List.of();
        }
        return view(application, recorded, prerequisites, true);
    }

    CertificationView summary(CertificationApplication application) {
        return view(application, application.checkResultsJson() != null, null, false);
    }

    private CertificationView view(CertificationApplication a, boolean recorded, List<PrerequisiteResult> prerequisites,
                                   boolean withTimeline) {
        ProgrammeLevel level = level(a);
        Applicants.Applicant person = applicants.of(a.personId());
        CertificationState state = CertificationState.valueOf(a.serviceCase().state());
        List<CertificationAction> allowed = CertificationWorkflow.TABLE.allowedActions(state, CurrentCaller.require());
        CaseView kase = CaseView.of(a.serviceCase(), allowed);
        return new CertificationView(a.id(), kase.number(), state, kase.dealer(), kase.subject(),
                new CertificationView.Person(person.id(), person.staffNumber(), person.name()), level.programme(),
                level.programmeName(), level.level(), level.name(), level.flow(), a.renewal(), recorded, prerequisites,
                session(a.examSessionId()), session(a.sessionId()), certificate(a.certificateId()), kase.version(),
                withTimeline ? deadlines.of(a.id(), clock.instant()) : List.of(), allowed,
                withTimeline ? kase.timeline() : List.of());
    }

    ProgrammeLevel level(CertificationApplication application) {
        return programmes.find(application.networkCode(), application.programme(), application.level())
                .orElseThrow(() -> new IllegalStateException("no level " + application.programme() + " " + application.level()));
    }

    Candidate candidate(CertificationApplication application, LocalDate today) {
        return evidence.of(application.personId(), application.dealerCode(), level(application), application.renewal(),
                application.id(), today);
    }

    /** How messages name the programme level: "Technician certification · Level 1". */
    String label(ProgrammeLevel level) {
        return level.programmeName() + " · " + level.name();
    }

    /** Refuses to record what happened at a session before it starts (409 on {@code field}). */
    void refuseBeforeStart(UUID session, Instant now, String field) {
        CertificationView.Session found = session(session);
        if (found != null && found.startsAt().isAfter(now)) {
            throw new Conflict(field, "the session starts at " + found.startsAt() + ": record it once it has started");
        }
    }

    private CertificationView.Session session(UUID id) {
        if (id == null) {
            return null;
        }
        return rows(em.createNativeQuery("SELECT id, kind, title, starts_at, place FROM training_session WHERE id = ?1")
                .setParameter(1, id))
                .map(r -> new CertificationView.Session((UUID) r[0], (String) r[1], (String) r[2],
                        NativeValues.instant(r[3]), (String) r[4]))
                .findFirst().orElse(null);
    }

    private CertificationView.Certificate certificate(UUID id) {
        if (id == null) {
            return null;
        }
        return rows(em.createNativeQuery("SELECT id, number, issued_on, valid_through FROM certificate WHERE id = ?1")
                .setParameter(1, id))
                .map(r -> new CertificationView.Certificate((UUID) r[0], (String) r[1], NativeValues.date(r[2]), NativeValues.date(r[3])))
                .findFirst().orElse(null);
    }

    private static java.util.stream.Stream<Object[]> rows(jakarta.persistence.Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast);
    }
}
