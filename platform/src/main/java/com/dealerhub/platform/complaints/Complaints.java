package com.dealerhub.platform.complaints;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseSteps;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.sla.CaseDeadlines;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.dealerhub.platform.complaints.ComplaintWorkflow.TABLE;

/** The use cases of a complaint: CAC records and dispatches it, the dealer works and closes it, CAC calls back. */
@TenantService
public class Complaints {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess cases;

    @Inject
    CaseOpening opening;

    @Inject
    Dealers dealers;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    CaseSteps steps;

    @Inject
    ComplaintMessages messages;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * CAC records a complaint for a dealer: its dispatch and customer-message clocks start. A third
     * complaint on the same VIN and fault within 48 hours escalates and records a penalty.
     */
    public ComplaintView record(NewComplaint recorded) {
        Caller caller = CurrentCaller.require();
        if (!caller.isOemStaff() || !caller.hasRole(ComplaintWorkflow.CAC)) {
            throw new Forbidden("only the customer assistance centre (" + ComplaintWorkflow.CAC + ") records complaints");
        }
        Dealer dealer = dealers.find(recorded.dealer().strip())
                .filter(d -> caller.reaches(d.code(), d.network(), d.region()))
                .orElseThrow(() -> new InvalidField("dealer", ProblemCode.NO_SUCH_DEALER.with()));
        if (!dealer.isActive()) {
            throw new InvalidField("dealer", ProblemCode.DEALER_SUSPENDED.with());
        }
        ServiceCase serviceCase = opening.openUnsaved(dealer, CaseType.COMPLAINT, ComplaintState.RECORDED.name(),
                recorded.subject().strip(), recorded.description(), caller.username());
        Instant now = serviceCase.createdAt();
        Complaint complaint = new Complaint(serviceCase, recorded, now);
        em.persist(serviceCase);
        em.persist(complaint);
        deadlines.apply(serviceCase, complaint.variant(), ComplaintWorkflow.STARTED_ON_RECORDING, null, null, now);
        applyRepeatRule(complaint, dealer, now);
        return changed(complaint);
    }

    public ComplaintView get(UUID id) {
        return view(load(id));
    }

    /** CAC dispatches to the dealer: the station manager, the regional service manager and the customer are messaged. */
    public ComplaintView dispatch(UUID id) {
        Complaint complaint = load(id);
        Instant now = clock.instant();
        move(complaint, ComplaintAction.DISPATCH, Workflow.Inputs.none(), null, now);
        complaint.dispatched(now);
        messages.dispatched(complaint, dealers.require(complaint.dealerCode()), CurrentCaller.require());
        return changed(complaint);
    }

    public ComplaintView contact(UUID id, ComplaintRequests.Note contact) {
        Complaint complaint = load(id);
        Instant now = clock.instant();
        move(complaint, ComplaintAction.CONTACT, Workflow.Inputs.reason(contact.note()), contact.note(), now);
        complaint.contacted(now);
        return changed(complaint);
    }

    public ComplaintView reportProgress(UUID id, ComplaintRequests.Note progress) {
        return noted(id, ComplaintAction.REPORT_PROGRESS, progress.note());
    }

    public ComplaintView updateCustomer(UUID id, ComplaintRequests.Note update) {
        return noted(id, ComplaintAction.UPDATE_CUSTOMER, update.note());
    }

    /** The dealer or the regional manager replies to CAC, who is sent the case number and the reply. */
    public ComplaintView reply(UUID id, ComplaintRequests.Note reply) {
        Complaint complaint = load(id);
        move(complaint, ComplaintAction.REPLY, Workflow.Inputs.reason(reply.note()), reply.note().strip(), clock.instant());
        messages.replied(complaint, dealers.require(complaint.dealerCode()), reply.note().strip());
        return changed(complaint);
    }

    /** The dealer cannot close yet: the closure clock pauses in the delay, with its reason and progress. */
    public ComplaintView fileDelay(UUID id, ComplaintRequests.Delay delay) {
        Complaint complaint = load(id);
        String note = delay.reason() + ": " + delay.progress().strip();
        move(complaint, ComplaintAction.FILE_DELAY, Workflow.Inputs.reason(note), note, clock.instant());
        complaint.delayed(delay.reason());
        return changed(complaint);
    }

    /** Only a fixed fault and a satisfied customer close a complaint; the callback clock starts. */
    public ComplaintView close(UUID id, ComplaintRequests.Closure closure) {
        Complaint complaint = load(id);
        ClosureRule.refusal(closure.outcome().strip()).ifPresent(reason -> {
            throw new InvalidField("outcome", reason);
        });
        Instant now = clock.instant();
        move(complaint, ComplaintAction.CLOSE, Workflow.Inputs.reason(closure.resolution()), closure.resolution().strip(), now);
        complaint.closed(closure.resolution().strip(), now);
        return changed(complaint);
    }

    /**
     * CAC's callback: a satisfied customer confirms the closure; "not repaired" or "unsatisfied"
     * reopens the complaint, keeps its closure clock breached and records a false closure against the dealer.
     */
    public ComplaintView callBack(UUID id, ComplaintRequests.Callback callback) {
        Complaint complaint = load(id);
        Instant now = clock.instant();
        String note = callback.outcome() + (callback.note() == null || callback.note().isBlank() ? "" : ": " + callback.note().strip());
        if (!callback.outcome().provesFalseClosure()) {
            move(complaint, ComplaintAction.CONFIRM_CLOSURE, Workflow.Inputs.reason(note), note, now);
        } else {
            move(complaint, ComplaintAction.REPORT_FALSE_CLOSURE, Workflow.Inputs.reason(note), note, now);
            deadlines.markBreached(complaint.id(), ComplaintClock.CLOSURE, now);
            penalise(complaint, "FALSE_CLOSURE", "false closure reported by the customer: " + note, now);
        }
        complaint.calledBack(callback.outcome(), now);
        return changed(complaint);
    }

    /**
     * CAC flags a complaint as an emergency after recording it: its clocks take the emergency policies
     * from now on, keeping the time already counted, and a dispatched complaint starts the emergency's
     * own clocks (hourly progress, customer updates, escalation).
     */
    public ComplaintView flagEmergency(UUID id, NewComplaint.Emergency details) {
        Caller caller = CurrentCaller.require();
        Complaint complaint = load(id);
        if (!caller.isOemStaff() || !caller.hasRole(ComplaintWorkflow.CAC)) {
            throw new Forbidden("only the customer assistance centre (" + ComplaintWorkflow.CAC + ") flags emergencies");
        }
        if (complaint.emergency()) {
            throw new Conflict("emergency", "the complaint is already an emergency");
        }
        ComplaintState state = ComplaintState.valueOf(complaint.serviceCase().state());
        if (state == ComplaintState.CLOSED || state == ComplaintState.CALLED_BACK) {
            throw new Conflict("a complaint that is " + state + " is no longer flagged");
        }
        Instant now = clock.instant();
        complaint.flagEmergency(details);
        deadlines.changeVariant(complaint.serviceCase(), complaint.variant(), now);
        if (state != ComplaintState.RECORDED) {
            deadlines.apply(complaint.serviceCase(), complaint.variant(), ComplaintWorkflow.STARTED_BY_EMERGENCY, null, null, now);
        }
        complaint.serviceCase().record("FLAGGED_EMERGENCY", caller.username(), details.policeReport().strip(), now);
        return changed(complaint);
    }

    /** The penalties recorded against the dealers within the caller's reach (a dealer sees its own). */
    public List<PenaltyView> penalties(String dealer) {
        Caller caller = CurrentCaller.require();
        List<String> reachable = dealers.codesReachedBy(caller);
        if (dealer != null) {
            reachable = reachable.contains(dealer) ? List.of(dealer) : List.of();
        }
        if (reachable.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT p.dealer_code, p.case_id, c.number, p.kind, p.at, p.note
                        FROM dealer_penalty p JOIN service_case c ON c.id = p.case_id
                        WHERE p.network_code = ?1 AND p.dealer_code = ANY (?2) ORDER BY p.at DESC, p.id DESC LIMIT 500""")
                .setParameter(1, caller.network())
                .setParameter(2, reachable.toArray(String[]::new))
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new PenaltyView((String) r[0], (UUID) r[1], (String) r[2], (String) r[3], NativeValues.instant(r[4]), (String) r[5]))
                .toList();
    }

    private ComplaintView noted(UUID id, ComplaintAction action, String note) {
        Complaint complaint = load(id);
        move(complaint, action, Workflow.Inputs.reason(note), note.strip(), clock.instant());
        return changed(complaint);
    }

    private void move(Complaint complaint, ComplaintAction action, Workflow.Inputs inputs, String note, Instant at) {
        steps.take(TABLE, ComplaintState.class, complaint.serviceCase(), action, inputs, complaint.variant(), note, at);
    }

    private void applyRepeatRule(Complaint complaint, Dealer dealer, Instant now) {
        // complaints on one VIN and fault one at a time, across instances: two at once must both count the other
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "complaint-repeat:" + dealer.network() + ":" + complaint.vin() + ":" + complaint.faultCategory())
                .getSingleResult();
        List<Instant> earlier = em.createQuery("""
                        SELECT c.recordedAt FROM Complaint c WHERE c.networkCode = :network AND c.vin = :vin
                        AND c.faultCategory = :fault AND c.recordedAt >= :since AND c.id <> :self""", Instant.class)
                .setParameter("network", dealer.network()).setParameter("vin", complaint.vin())
                .setParameter("fault", complaint.faultCategory()).setParameter("since", now.minus(RepeatRule.WINDOW))
                .setParameter("self", complaint.id())
                .getResultList();
        RepeatRule.escalation(earlier, now).ifPresent(reason -> {
            complaint.escalatedAsRepeat();
            complaint.serviceCase().record("ESCALATED", "system", reason, now);
            penalise(complaint, "REPEATED_COMPLAINT", reason, now);
            messages.repeated(complaint, dealer, earlier.size() + 1);
        });
    }

    private void penalise(Complaint complaint, String kind, String note, Instant at) {
        em.createNativeQuery("INSERT INTO dealer_penalty (network_code, dealer_code, case_id, kind, at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, complaint.networkCode()).setParameter(2, complaint.dealerCode())
                .setParameter(3, complaint.id()).setParameter(4, kind).setParameter(5, Timestamp.from(at))
                .setParameter(6, note)
                .executeUpdate();
    }

    private Complaint load(UUID id) {
        return cases.loadPart(Complaint.class, id, "complaint");
    }

    private ComplaintView changed(Complaint complaint) {
        outbox.recordChangeOf(complaint.id());
        return view(complaint);
    }

    private ComplaintView view(Complaint complaint) {
        Instant now = clock.instant();
        return ComplaintView.of(complaint, deadlines.of(complaint.id(), now),
                TABLE.allowedActions(ComplaintState.valueOf(complaint.serviceCase().state()), CurrentCaller.require()));
    }
}
