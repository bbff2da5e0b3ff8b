package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.platform.warranty.ApprovalStep;
import com.dealerhub.platform.warranty.ClaimState;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.attachments.Attachments;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.workflow.Move;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.training.certificates.CertificateStatus;
import com.dealerhub.platform.training.certificates.Technicians;
import com.dealerhub.platform.warranty.adjudication.AutoAdjudication;
import com.dealerhub.platform.warranty.campaigns.Campaigns;
import com.dealerhub.platform.warranty.settings.WarrantySettings;
import com.dealerhub.platform.warranty.vehicles.RepairClaimed;
import com.dealerhub.platform.warranty.vehicles.VehicleHistory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The use cases of warranty claims, each in one transaction with its case and outbox event. */
@TenantService
public class WarrantyClaims {

    /** A claim created by a request, or the one an earlier request with the same idempotency key created. */
    public record Received(ClaimView claim, boolean alreadyReceived) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess cases;

    @Inject
    CaseOpening opening;

    @Inject
    Dealers dealers;

    @Inject
    Outbox outbox;

    @Inject
    Attachments attachments;

    @Inject
    ClaimContents contents;

    @Inject
    ClaimAdjudicator adjudicator;

    @Inject
    VehicleHistory vehicles;

    @Inject
    Campaigns campaigns;

    @Inject
    WarrantySettings settings;

    @Inject
    Technicians technicians;

    @Inject
    Clock clock;

    @Inject
    Event<RepairClaimed> repairClaimed;

    @Inject
    Event<RepairClaimed.Withdrawn> repairWithdrawn;

    /** A dealer drafts a claim; evidence can be attached before it is submitted. */
    public Received draft(ClaimRequest request) {
        Caller caller = CurrentCaller.require();
        return receive(caller, request, claim -> changed(claim, caller));
    }

    /**
     * A dealer system's claim: drafted and submitted at once, published once in its submitted
     * state; a repeated idempotency key returns the first claim.
     */
    public Received submitNew(ClaimRequest request) {
        Caller caller = CurrentCaller.require();
        return receive(caller, request, claim -> submit(caller, claim));
    }

    /** Creates the claim and hands it on, unless its idempotency key names one created before. */
    private Received receive(Caller caller, ClaimRequest request, Function<WarrantyClaim, ClaimView> then) {
        if (!ClaimWorkflow.PREPARER.mayEverAct(caller)) {
            throw new Forbidden(ProblemCode.ONLY_CLAIMS_STAFF_PREPARE.with());
        }
        writeOnceAtTheEnd();
        Optional<ClaimView> earlier = findEarlier(request, caller);
        if (earlier.isPresent()) {
            return new Received(earlier.get(), true);
        }
        ServiceCase serviceCase = opening.openUnsaved(dealers.require(caller.dealer()), CaseType.WARRANTY,
                ClaimState.DRAFT.name(), request.kind().name(), request.faultDescription(), caller.username());
        WarrantyClaim claim = new WarrantyClaim(serviceCase, request.kind(), request.idempotencyKey(), request.digest());
        contents.fill(claim, request);
        return new Received(then.apply(claim), false);
    }

    /** The dealer corrects a draft or a returned claim; the kind stays, everything else may change. */
    public ClaimView correct(UUID id, ClaimRequest request) {
        Caller caller = CurrentCaller.require();
        WarrantyClaim claim = load(id);
        ClaimWorkflow.TABLE.decide(claim.state(), ClaimWorkflow.Action.CORRECT, caller, Workflow.Inputs.none());
        if (request.kind() != claim.kind()) {
            throw new InvalidField("kind", "a " + claim.kind() + " claim stays one; draft a new claim for another kind");
        }
        contents.fill(claim, request);
        claim.serviceCase().record(ClaimWorkflow.Action.CORRECT.name(), caller.username(), null, clock.instant());
        return changed(claim, caller);
    }

    /**
     * Submits a draft or corrected claim and runs auto-adjudication at once: the claim passes to
     * the first approver of its network's chain for its kind, comes back to the dealer, or is
     * rejected, with every rule's result recorded.
     */
    public ClaimView submit(UUID id) {
        Caller caller = CurrentCaller.require();
        return submit(caller, load(id));
    }

    private ClaimView submit(Caller caller, WarrantyClaim claim) {
        writeOnceAtTheEnd();
        List<ApprovalStep> chain = settings.chain(claim.networkCode(), claim.kind());
        Move<ClaimState, ClaimWorkflow.Action> submission = ClaimWorkflow.TABLE.decide(claim.state(), ClaimWorkflow.Action.SUBMIT,
                caller, Workflow.Inputs.none(), () -> chain.getFirst().pendingState());
        ClaimRepair repair = claim.repair();
        // Claims on one vehicle are judged one at a time across the network, so that two at once
        // cannot both miss each other in the duplicate check.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "vehicle:" + claim.networkCode() + ":" + repair.vin()).getSingleResult();
        AutoAdjudication.Verdict verdict = adjudicator.judge(claim);
        ClaimState next = ClaimWorkflow.afterAdjudication(verdict.outcome(), submission);
        Instant now = clock.instant();
        claim.submitted(verdict, VerdictRecord.write(verdict), chain, now);
        if (verdict.outcome() == AutoAdjudication.Outcome.PASS) {
            List<String> operations = claim.lines().labor().stream().map(ClaimLines.Labor::operation).toList();
            vehicles.record(claim.id(), claim.networkCode(), repair.vin(), claim.serviceCase().number(), repair.repairDate(),
                    repair.mileage(), operations);
            repairClaimed.fire(new RepairClaimed(claim.id(), claim.networkCode(), claim.dealerCode(), repair.vin(),
                    claim.serviceCase().number(), repair.repairOrder(), repair.repairDate(), repair.mileage(), operations,
                    claim.lines().parts().stream().map(ClaimLines.Part::number).toList()));
            if (repair.campaign() != null) {
                campaigns.markClaimed(claim.networkCode(), repair.campaign(), repair.vin(), claim.id());
            }
        }
        claim.serviceCase().record(ClaimWorkflow.Action.SUBMIT.name(), caller.username(), null, now);
        claim.serviceCase().moveTo("AUTO_ADJUDICATION", next.name(), Caller.SYSTEM_USERNAME, VerdictRecord.summary(verdict), now);
        return changed(claim, caller);
    }

    /**
     * The awaited approver decides. Returning and rejecting need a reason; so does approving
     * with adjusted amounts. A rejected claim stops counting in its vehicle's history and
     * gives its campaign VIN back.
     */
    public ClaimView decide(UUID id, ClaimWorkflow.Action decision, DecisionRequest request) {
        Caller caller = CurrentCaller.require();
        WarrantyClaim claim = load(id);
        String note = request == null ? null : request.note();
        Move<ClaimState, ClaimWorkflow.Action> move = ClaimWorkflow.TABLE.decide(claim.state(), decision, caller,
                Workflow.Inputs.reason(note), claim.afterApproval());
        ApprovalStep step = claim.state().awaitedStep().orElseThrow();
        ClaimLines.Adjustment adjustment = request == null ? new ClaimLines.Adjustment(null, null, null) : request.adjustment();
        boolean approving = decision == ClaimWorkflow.Action.APPROVE;
        if (approving && !adjustment.isEmpty() && (note == null || note.isBlank())) {
            throw new InvalidField("note", ProblemCode.ADJUSTMENT_NOTE_REQUIRED.with());
        }
        if (!approving && !adjustment.isEmpty()) {
            throw new InvalidField("labor", ProblemCode.ADJUSTMENT_ONLY_WHEN_APPROVING.with());
        }
        String evidence = claim.kind().evidenceToApprove(step);
        // The approver's own evidence: a file of that purpose from anyone else (the dealer) does not count.
        if (approving && evidence != null && !attachments.hasFrom(id, evidence, step.role())) {
            throw new InvalidField("attachments", "attach the " + step + "'s signed statement (purpose " + evidence
                    + ") yourself before approving; one attached by someone else does not count");
        }
        switch (decision) {
            case APPROVE -> claim.approvedStep(claim.lines().adjusted(adjustment));
            case REJECT -> {
                vehicles.discount(claim.id());
                repairWithdrawn.fire(new RepairClaimed.Withdrawn(claim.id()));
                campaigns.release(claim.id());
            }
            default -> { }
        }
        String recorded = approving && !adjustment.isEmpty() ? "amount adjusted to " + claim.approvedAmount() + ": " + note : note;
        claim.serviceCase().take(move, caller.username(), recorded, clock.instant());
        return changed(claim, caller);
    }

    /** The claims department settles an approved claim: its approved amount is credited to the dealer. */
    public ClaimView settle(UUID id) {
        Caller caller = CurrentCaller.require();
        WarrantyClaim claim = load(id);
        Move<ClaimState, ClaimWorkflow.Action> move = ClaimWorkflow.TABLE.decide(claim.state(), ClaimWorkflow.Action.SETTLE,
                caller, Workflow.Inputs.none());
        Instant now = clock.instant();
        claim.settled(now);
        claim.serviceCase().take(move, caller.username(), "credited " + claim.approvedAmount() + " to " + claim.dealerCode(), now);
        return changed(claim, caller);
    }

    public ClaimView get(UUID id) {
        return view(load(id), CurrentCaller.require());
    }

    /** Claims within the caller's reach, newest first, optionally in one state. */
    public ClaimPage list(ClaimState state, ClaimFilter filter, ClaimSort sort, int page, int size) {
        List<String> states = state == null ? List.of() : List.of(state.name());
        return page(dealers.codesReachedBy(CurrentCaller.require()), states, filter, sort, page, size);
    }

    /**
     * What waits for the OEM caller, oldest first: claims in the states where the workflow table
     * lets it act (pending the approver steps its roles act for, and for the claims department,
     * approved claims to settle). Within its reach only, so an FMC sees its own regions' dealers.
     */
    public ClaimPage queue(ClaimFilter filter, ClaimSort sort, int page, int size) {
        Caller caller = CurrentCaller.require();
        List<String> states = Arrays.stream(ClaimState.values())
                .filter(state -> ClaimWorkflow.TABLE.waitsFor(state, caller)).map(Enum::name).toList();
        if (states.isEmpty() || !caller.isOemStaff()) {
            return ClaimPage.empty(page, size);
        }
        return page(dealers.codesReachedBy(caller), states, filter, sort, page, size);
    }

    private ClaimPage page(List<String> reachable, List<String> states, ClaimFilter filter, ClaimSort sort, int page, int size) {
        List<String> inRegion = filter.region() == null ? null : dealers.codesInRegion(filter.region());
        List<String> dealerCodes = reachable.stream()
                .filter(code -> filter.dealer() == null || filter.dealer().equals(code))
                .filter(code -> inRegion == null || inRegion.contains(code)).toList();
        if (dealerCodes.isEmpty()) {
            return ClaimPage.empty(page, size);
        }
        StringBuilder where = new StringBuilder("w.dealerCode IN :dealers");
        if (!states.isEmpty()) {
            where.append(" AND c.state IN :states");
        }
        if (filter.kind() != null) {
            where.append(" AND w.kind = :kind");
        }
        if (filter.vin() != null) {
            where.append(" AND w.vin = :vin");
        }
        if (filter.number() != null) {
            where.append(" AND upper(c.number) LIKE :number ESCAPE '\\'");
        }
        if (filter.minAmount() != null) {
            where.append(" AND w.claimedAmount >= :minAmount");
        }
        if (filter.maxAmount() != null) {
            where.append(" AND w.claimedAmount <= :maxAmount");
        }
        // The case is fetched with its claim: an export reads every row's case, and one query beats one per row.
        var withCase = em.createEntityGraph(WarrantyClaim.class);
        withCase.addAttributeNodes("serviceCase");
        var items = em.createQuery("SELECT w FROM WarrantyClaim w JOIN w.serviceCase c WHERE " + where
                + " ORDER BY " + sort.orderBy(), WarrantyClaim.class).setHint("jakarta.persistence.loadgraph", withCase);
        var count = em.createQuery("SELECT count(w), coalesce(sum(w.claimedAmount), 0) FROM WarrantyClaim w JOIN w.serviceCase c WHERE "
                + where, Object[].class);
        for (var query : List.<jakarta.persistence.Query>of(items, count)) {
            query.setParameter("dealers", dealerCodes);
            if (!states.isEmpty()) {
                query.setParameter("states", states);
            }
            if (filter.kind() != null) {
                query.setParameter("kind", filter.kind());
            }
            if (filter.vin() != null) {
                query.setParameter("vin", filter.vin());
            }
            if (filter.number() != null) {
                query.setParameter("number", filter.numberPattern());
            }
            if (filter.minAmount() != null) {
                query.setParameter("minAmount", filter.minAmount());
            }
            if (filter.maxAmount() != null) {
                query.setParameter("maxAmount", filter.maxAmount());
            }
        }
        Object[] totals = count.getSingleResult();
        Instant now = clock.instant();
        return new ClaimPage(items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(w -> ClaimPage.Item.of(w, now)).toList(), ((Number) totals[0]).longValue(), page, size,
                new java.math.BigDecimal(totals[1].toString()));
    }

    /**
     * The claim the caller's dealer created earlier under the request's idempotency key, if any;
     * refused when that claim was created from a different request.
     */
    public Optional<ClaimView> findEarlier(ClaimRequest request) {
        return findEarlier(request, CurrentCaller.require());
    }

    private Optional<ClaimView> findEarlier(ClaimRequest request, Caller caller) {
        Optional<WarrantyClaim> earlier = byIdempotencyKey(caller.dealer(), request.idempotencyKey());
        if (earlier.isPresent() && !earlier.get().sameRequest(request.digest())) {
            throw new Conflict("idempotencyKey", "idempotency key " + request.idempotencyKey() + " already stands for claim "
                    + earlier.get().serviceCase().number() + ", sent with other contents; send a new claim under a new key");
        }
        return earlier.map(claim -> view(claim, caller));
    }

    private Optional<WarrantyClaim> byIdempotencyKey(String dealer, String key) {
        if (key == null) {
            return Optional.empty();
        }
        // Asked before every new claim, so in SQL: Hibernate translates a JPQL query anew on each
        // run when a tenant filter is on. Finding nothing, the common case, loads nothing.
        List<?> ids = em.createNativeQuery("SELECT id FROM warranty_claim WHERE dealer_code = ?1 AND idempotency_key = ?2")
                .setParameter(1, dealer).setParameter(2, key).getResultList();
        return ids.stream().findFirst().map(id -> em.find(WarrantyClaim.class, id));
    }

    /**
     * Nothing a claim's submission reads depends on its own unwritten changes, so its rows are
     * written when the change is published, not at the first query.
     */
    private void writeOnceAtTheEnd() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    private WarrantyClaim load(UUID id) {
        return cases.loadPart(WarrantyClaim.class, id, "warranty claim");
    }

    /** Publishes the change; a claim created in this transaction is persisted here, complete, with its case. */
    private ClaimView changed(WarrantyClaim claim, Caller caller) {
        if (!em.contains(claim)) {
            em.persist(claim.serviceCase());
            em.persist(claim);
        }
        outbox.recordChangeOf(claim.id());
        return view(claim, caller);
    }

    private ClaimView view(WarrantyClaim claim, Caller caller) {
        return ClaimView.of(claim, technicians.named(claim.technicians()), caller);
    }

    /** The technicians on the caller's roster now, with their valid certificates: whom a claim may name. */
    public List<Technicians.OnRoster> technicians() {
        Caller caller = CurrentCaller.require();
        if (!ClaimWorkflow.PREPARER.mayEverAct(caller)) {
            throw new Forbidden(ProblemCode.ONLY_CLAIMS_STAFF_PREPARE.with());
        }
        return technicians.current(caller.dealer());
    }

    static Duration age(WarrantyClaim claim, Instant now) {
        return Duration.between(claim.serviceCase().updatedAt(), now);
    }
}
