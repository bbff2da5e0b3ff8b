package com.dealerhub.platform.goodwill;

import com.dealerhub.common.export.Exports;
import com.dealerhub.common.export.Table;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.attachments.Attachments;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseSteps;
import com.dealerhub.platform.cases.sla.CaseDeadlines;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.dealerhub.platform.goodwill.GoodwillWorkflow.TABLE;

/** The use cases of a goodwill claim, from the FMC's conditions to CAC's payment. */
@TenantService
public class Goodwill {

    /**
     * A complaint's state before CAC dispatches it: read from its case, so that goodwill depends on
     * the kernel, not on the complaints capability.
     */
    private static final String COMPLAINT_NOT_YET_DISPATCHED = "RECORDED";

    /** Goodwill has one set of clock policies. */
    private static final String VARIANT = "STANDARD";

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
    Attachments attachments;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The FMC opens a goodwill claim from a dispatched complaint, stating the allowed conditions. */
    public GoodwillView open(GoodwillRequests.Open request) {
        Caller caller = CurrentCaller.require();
        if (!caller.isOemStaff() || !caller.hasRole(GoodwillWorkflow.FMC)) {
            throw new Forbidden("the regional after-sales manager (" + GoodwillWorkflow.FMC + ") states goodwill conditions");
        }
        ServiceCase complaintCase;
        try {
            complaintCase = cases.load(request.complaint());
        } catch (NotFound unknown) {
            throw new InvalidField("complaint", "no such complaint within your reach");
        }
        if (complaintCase.type() != CaseType.COMPLAINT) {
            throw new InvalidField("complaint", "no such complaint within your reach");
        }
        if (COMPLAINT_NOT_YET_DISPATCHED.equals(complaintCase.state())) {
            throw new Conflict("complaint", "a complaint leads to goodwill once it is dispatched to its dealer");
        }
        long open = em.createQuery("""
                        SELECT count(g) FROM GoodwillClaim g JOIN g.serviceCase c
                        WHERE g.complaintId = :complaint AND c.state <> 'REJECTED'""", Long.class)
                .setParameter("complaint", complaintCase.id()).getSingleResult();
        if (open > 0) {
            throw new Conflict("complaint", "this complaint already has a goodwill claim");
        }
        GoodwillConditions allowed = new GoodwillConditions(request.capAmount(), request.oemSharePercent(),
                request.dealerSharePercent(), request.customerSharePercent(), request.conditions().strip());
        ServiceCase serviceCase = opening.openUnsaved(dealers.require(complaintCase.dealerCode()), CaseType.GOODWILL,
                GoodwillState.CONDITIONS_SET.name(), "Goodwill for " + complaintCase.number() + ": " + complaintCase.subject(),
                allowed.text(), caller.username());
        GoodwillClaim claim = new GoodwillClaim(serviceCase, complaintCase.id(), allowed);
        em.persist(serviceCase);
        em.persist(claim);
        complaintCase.record("GOODWILL_OPENED", caller.username(), serviceCase.number(), serviceCase.createdAt());
        outbox.recordChangeOf(complaintCase.id());
        return changed(claim);
    }

    public GoodwillView get(UUID id) {
        return view(load(id));
    }

    /**
     * Every goodwill claim within reach in the state (any state when null), newest first, as an export table;
     * a 400 naming {@code state} past {@link Exports#MAX_ROWS}.
     */
    public Table export(GoodwillState state) {
        List<GoodwillClaim> claims = cases.partsWithinReach(GoodwillClaim.class, state == null ? null : state.name(), Map.of(),
                Exports.MAX_ROWS + 1);
        Exports.requireWithinLimit(claims.size(), "state");
        return GoodwillTable.of(claims);
    }

    public List<GoodwillView> list(GoodwillState state) {
        return cases.partsWithinReach(GoodwillClaim.class, state == null ? null : state.name(), Map.of(), 200)
                .stream().map(this::view).toList();
    }

    /** The dealer claims an amount within the cap; the agreement and the invoice must be attached by its staff. */
    public GoodwillView submit(UUID id, GoodwillRequests.Submit submission) {
        GoodwillClaim claim = load(id);
        Instant now = clock.instant();
        Workflow.Inputs inputs = new Workflow.Inputs(null,
                (kind, roles) -> roles.stream().anyMatch(role -> attachments.hasFrom(id, kind, role)));
        move(claim, GoodwillAction.SUBMIT, inputs, "claimed " + submission.requestedAmount().toPlainString(), now);
        claim.submitted(submission.requestedAmount(), now);
        return changed(claim);
    }

    public GoodwillView confirm(UUID id, GoodwillRequests.Review review) {
        GoodwillClaim claim = load(id);
        Instant now = clock.instant();
        String note = review == null ? null : review.reason();
        move(claim, GoodwillAction.CONFIRM, Workflow.Inputs.reason(note), note, now);
        claim.confirmed(now);
        return changed(claim);
    }

    public GoodwillView returnForCorrection(UUID id, GoodwillRequests.Review review) {
        return reviewed(id, GoodwillAction.RETURN, review);
    }

    public GoodwillView reject(UUID id, GoodwillRequests.Review review) {
        return reviewed(id, GoodwillAction.REJECT, review);
    }

    /** CAC records the payment of the OEM's share, which then shows on the dealer's statement. */
    public GoodwillView pay(UUID id, GoodwillRequests.Payment payment) {
        GoodwillClaim claim = load(id);
        Instant now = clock.instant();
        String reference = payment.paymentReference().strip();
        move(claim, GoodwillAction.PAY, Workflow.Inputs.reason(reference), "paid " + claim.oemAmount().toPlainString()
                + " (" + reference + ")", now);
        claim.paid(reference, now);
        return changed(claim);
    }

    private GoodwillView reviewed(UUID id, GoodwillAction action, GoodwillRequests.Review review) {
        GoodwillClaim claim = load(id);
        String reason = review == null ? null : review.reason();
        move(claim, action, Workflow.Inputs.reason(reason), reason, clock.instant());
        return changed(claim);
    }

    private void move(GoodwillClaim claim, GoodwillAction action, Workflow.Inputs inputs, String note, Instant at) {
        steps.take(TABLE, GoodwillState.class, claim.serviceCase(), action, inputs, VARIANT, note, at);
    }

    private GoodwillClaim load(UUID id) {
        return cases.loadPart(GoodwillClaim.class, id, "goodwill claim");
    }

    private GoodwillView changed(GoodwillClaim claim) {
        outbox.recordChangeOf(claim.id());
        return view(claim);
    }

    private GoodwillView view(GoodwillClaim claim) {
        ServiceCase complaint = em.find(ServiceCase.class, claim.complaintId());
        return GoodwillView.of(claim, complaint == null ? null : complaint.number(), deadlines.of(claim.id(), clock.instant()),
                TABLE.allowedActions(GoodwillState.valueOf(claim.serviceCase().state()), CurrentCaller.require()));
    }
}
