package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseSteps;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.sla.CaseDeadlines;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.training.certificates.Certificates;
import com.dealerhub.platform.training.certification.prerequisites.Candidate;
import com.dealerhub.platform.training.certification.prerequisites.PrerequisiteResult;
import com.dealerhub.platform.training.certification.prerequisites.Prerequisites;
import com.dealerhub.platform.training.programmes.ProgrammeLevel;
import com.dealerhub.platform.training.programmes.Programmes;
import com.dealerhub.platform.training.sessions.SessionSeats;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.dealerhub.platform.training.certification.CertificationWorkflow.TABLE;

/**
 * The use cases of a certification application, from the dealer's application or registration to
 * the certificate: the training department checks the prerequisites, invites to the written exam
 * (silver) and to certification, records attendance and the result; a pass issues the certificate.
 */
@TenantService
public class Certification {

    private static final String VARIANT = "STANDARD";
    private static final List<String> CLOSED = List.of("CERTIFIED", "FAILED", "REJECTED", "WITHDRAWN");

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
    Outbox outbox;

    @Inject
    Programmes programmes;

    @Inject
    Applicants applicants;

    @Inject
    CandidateEvidence evidence;

    @Inject
    SessionSeats seats;

    @Inject
    Certificates certificates;

    @Inject
    CertificationMessages messages;

    @Inject
    CertificationViews views;

    @Inject
    Clock clock;

    /**
     * A dealer admin applies for a technician certification or registers a service advisor. The
     * person must be on the dealer's roster today; one open application per person and level; a
     * person holding a valid certificate of the level or higher renews it rather than applying anew.
     */
    public CertificationView apply(CertificationRequests.Apply request) {
        Caller caller = CurrentCaller.require();
        if (!caller.isDealerStaff() || !caller.hasRole(CertificationWorkflow.DEALER_ADMIN)) {
            throw new Forbidden("the dealer's administrator (" + CertificationWorkflow.DEALER_ADMIN + ") applies for certification");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TrainingDay.ZONE);
        Dealer dealer = dealers.require(caller.dealer());
        Applicants.Applicant person = applicants.onRoster(request.person(), dealer.code(), today)
                .orElseThrow(() -> new InvalidField("person", "no such person on your roster today"));
        ProgrammeLevel level = programmes.require(caller.network(), request.programme().strip(), request.level(), "programme");
        boolean renewal = Boolean.TRUE.equals(request.renewal());
        refuseSecondOpenApplication(person, level);
        if (!renewal) {
            Candidate held = new Candidate(today, false, LocalDate.MIN, List.of(), java.util.Map.of(), java.util.Map.of(), 0,
                    evidence.certificates(person.id()));
            held.validCertificate(level.programme(), level.level()).ifPresent(c -> {
                throw new Conflict("renewal", person.name() + " holds " + c.number() + " (level " + c.level()
                        + ") valid through " + c.validThrough() + ": apply for its renewal inside the renewal window");
            });
        }
        ServiceCase serviceCase = opening.openUnsaved(dealer, CaseType.CERTIFICATION,
                CertificationApplication.initialState(level.flow()).name(),
                level.programmeName() + " · " + level.name() + (renewal ? " (renewal)" : "") + ": " + person.name(),
                request.note() == null ? "" : request.note().strip(), caller.username());
        CertificationApplication application = new CertificationApplication(serviceCase, person.id(), level, renewal);
        em.persist(serviceCase);
        em.persist(application);
        deadlines.apply(serviceCase, VARIANT, CertificationWorkflow.STARTED_ON_APPLICATION, null, null, now);
        return changed(application);
    }

    public CertificationView get(UUID id) {
        return views.full(load(id));
    }

    public List<CertificationView> list(CertificationState state, String programme) {
        Map<String, Object> filter = new java.util.HashMap<>();
        filter.put("programme", programme);
        return cases.partsWithinReach(CertificationApplication.class, state == null ? null : state.name(), filter, 200)
                .stream().map(views::summary).toList();
    }

    /** The training department's check: passes only when every prerequisite does, and records the results. */
    public CertificationView check(UUID id) {
        CertificationApplication application = load(id);
        decide(application, CertificationAction.CHECK, Workflow.Inputs.none());
        Instant now = clock.instant();
        List<PrerequisiteResult> results = Prerequisites.check(views.level(application), views.candidate(application, LocalDate.ofInstant(now, TrainingDay.ZONE)));
        List<String> failures = results.stream().filter(r -> !r.passed()).map(r -> r.rule() + ": " + r.reason()).toList();
        if (!failures.isEmpty()) {
            throw new Conflict("prerequisites", "not every prerequisite is met: " + String.join("; ", failures));
        }
        application.checked(PrerequisiteRecord.write(results));
        move(application, CertificationAction.CHECK, Workflow.Inputs.none(), "all " + results.size() + " prerequisites met", now);
        return changed(application);
    }

    public CertificationView reject(UUID id, CertificationRequests.Reason reason) {
        return withReason(id, CertificationAction.REJECT, reason);
    }

    public CertificationView withdraw(UUID id, CertificationRequests.Reason reason) {
        return withReason(id, CertificationAction.WITHDRAW, reason);
    }

    /** SA silver: a seat in a written exam of the programme level. */
    public CertificationView inviteToExam(UUID id, CertificationRequests.Invitation invitation) {
        CertificationApplication application = load(id);
        decide(application, CertificationAction.INVITE_TO_EXAM, Workflow.Inputs.none());
        CertificationView.Session session = reserve(application, invitation.session(), "WRITTEN_EXAM");
        application.invitedToExam(session.id());
        move(application, CertificationAction.INVITE_TO_EXAM, Workflow.Inputs.none(), describe(session), clock.instant());
        notifyInvited(application, session);
        return changed(application);
    }

    /** SA silver: the written exam's result; the seat counts as attended either way. */
    public CertificationView examResult(UUID id, CertificationRequests.Result result) {
        CertificationApplication application = load(id);
        boolean passed = result.passed();
        CertificationAction action = passed ? CertificationAction.PASS_EXAM : CertificationAction.FAIL_EXAM;
        decide(application, action, Workflow.Inputs.reason(result.reason()));
        Instant now = clock.instant();
        views.refuseBeforeStart(application.examSessionId(), now, "passed");
        seats.recordAttendance(application.examSessionId(), application.personId(), true);
        move(application, action, Workflow.Inputs.reason(result.reason()), result.reason(), now);
        if (!passed) {
            notifyFailed(application, result.reason());
        }
        return changed(application);
    }

    /** A seat in a certification session of the programme level (after the check, or the written exam for silver). */
    public CertificationView invite(UUID id, CertificationRequests.Invitation invitation) {
        CertificationApplication application = load(id);
        decide(application, CertificationAction.INVITE, Workflow.Inputs.none());
        CertificationView.Session session = reserve(application, invitation.session(), "CERTIFICATION");
        application.invited(session.id());
        move(application, CertificationAction.INVITE, Workflow.Inputs.none(), describe(session), clock.instant());
        notifyInvited(application, session);
        return changed(application);
    }

    /** Attendance of the certification session, once it has started; an absent person may be invited again. */
    public CertificationView attendance(UUID id, CertificationRequests.Attendance attendance) {
        CertificationApplication application = load(id);
        CertificationAction action = attendance.attended() ? CertificationAction.RECORD_ATTENDANCE : CertificationAction.RECORD_ABSENCE;
        decide(application, action, Workflow.Inputs.none());
        Instant now = clock.instant();
        views.refuseBeforeStart(application.sessionId(), now, "attended");
        seats.recordAttendance(application.sessionId(), application.personId(), attendance.attended());
        if (!attendance.attended()) {
            application.absent();
        }
        move(application, action, Workflow.Inputs.none(), null, now);
        return changed(application);
    }

    /** The certification's result: a pass issues the certificate, valid for the level's months from today. */
    public CertificationView result(UUID id, CertificationRequests.Result result) {
        CertificationApplication application = load(id);
        boolean passed = result.passed();
        CertificationAction action = passed ? CertificationAction.PASS : CertificationAction.FAIL;
        decide(application, action, Workflow.Inputs.reason(result.reason()));
        Instant now = clock.instant();
        if (!passed) {
            move(application, action, Workflow.Inputs.reason(result.reason()), result.reason(), now);
            notifyFailed(application, result.reason());
            return changed(application);
        }
        ProgrammeLevel level = views.level(application);
        LocalDate today = LocalDate.ofInstant(now, TrainingDay.ZONE);
        Certificates.Issued issued = certificates.issue(new Certificates.Issue(application.networkCode(),
                application.dealerCode(), application.personId(), level.programme(), level.level(), today,
                level.validThrough(validFrom(application, level, today)), application.id()));
        application.certified(issued.id());
        move(application, action, Workflow.Inputs.none(), issued.number() + " valid through " + issued.validThrough(), now);
        messages.passed(application.serviceCase(), dealers.require(application.dealerCode()), applicants.of(application.personId()),
                views.label(level), issued.number(), issued.validThrough().toString());
        return changed(application);
    }

    /**
     * A new certificate counts from today; a renewal's from the day after the renewed certificate ends,
     * so renewing early inside the window loses no day of the old one.
     */
    private LocalDate validFrom(CertificationApplication application, ProgrammeLevel level, LocalDate today) {
        if (!application.renewal()) {
            return today;
        }
        return evidence.certificates(application.personId()).stream()
                .filter(c -> c.programme().equals(level.programme()) && c.level() == level.level() && c.validOn(today))
                .map(c -> c.validThrough().plusDays(1))
                .max(LocalDate::compareTo).orElse(today);
    }

    private CertificationView withReason(UUID id, CertificationAction action, CertificationRequests.Reason body) {
        CertificationApplication application = load(id);
        String reason = body == null ? null : body.reason();
        move(application, action, Workflow.Inputs.reason(reason), reason, clock.instant());
        return changed(application);
    }

    private void refuseSecondOpenApplication(Applicants.Applicant person, ProgrammeLevel level) {
        List<?> open = em.createQuery("""
                        SELECT c.number FROM CertificationApplication a JOIN a.serviceCase c
                        WHERE a.personId = :person AND a.programme = :programme AND a.level = :level AND c.state NOT IN :closed""")
                .setParameter("person", person.id()).setParameter("programme", level.programme())
                .setParameter("level", level.level()).setParameter("closed", CLOSED).getResultList();
        if (!open.isEmpty()) {
            throw new Conflict("person", person.name() + " already has an open application for this level: " + open.getFirst());
        }
    }

    private CertificationView.Session reserve(CertificationApplication application, UUID session, String kind) {
        SessionSeats.SessionSummary seat = seats.reserve("session", session, kind, application.programme(), application.level(),
                application.personId(), application.networkCode(), application.dealerCode(), application.id(), clock.instant());
        return new CertificationView.Session(seat.id(), seat.kind(), seat.title(), seat.startsAt(), seat.place());
    }

    private static String describe(CertificationView.Session session) {
        return session.title() + ", " + session.startsAt() + ", " + session.place();
    }

    private void notifyInvited(CertificationApplication application, CertificationView.Session session) {
        messages.invited(application.serviceCase(), dealers.require(application.dealerCode()), applicants.of(application.personId()),
                views.label(views.level(application)), session);
    }

    private void notifyFailed(CertificationApplication application, String reason) {
        messages.failed(application.serviceCase(), dealers.require(application.dealerCode()), applicants.of(application.personId()),
                views.label(views.level(application)), reason);
    }

    /** Refuses a step before any work is done for it (403 for the wrong role, 409 in the wrong state, 400 without a reason). */
    private void decide(CertificationApplication application, CertificationAction action, Workflow.Inputs inputs) {
        TABLE.decide(CertificationState.valueOf(application.serviceCase().state()), action, CurrentCaller.require(), inputs);
    }

    private void move(CertificationApplication application, CertificationAction action, Workflow.Inputs inputs, String note,
                      Instant at) {
        steps.take(TABLE, CertificationState.class, application.serviceCase(), action, inputs, VARIANT, note, at);
    }

    private CertificationApplication load(UUID id) {
        return cases.loadPart(CertificationApplication.class, id, "certification application");
    }

    private CertificationView changed(CertificationApplication application) {
        outbox.recordChangeOf(application.id());
        return views.full(application);
    }
}
