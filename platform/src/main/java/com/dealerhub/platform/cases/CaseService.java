package com.dealerhub.platform.cases;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.security.RestrictedCaseTypes;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The use cases of a generic case: open, read, list, move it along its workflow. */
@TenantService
public class CaseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Outbox outbox;

    @Inject
    CaseAccess access;

    @Inject
    CaseOpening opening;

    @Inject
    Clock clock;

    public CaseView open(OpenCaseRequest request) {
        Caller caller = CurrentCaller.require();
        if (!request.type().followsGenericWorkflow()) {
            throw new InvalidField("type", request.type() + " cases are opened through their own endpoint");
        }
        CaseWorkflow.requireMayChangeCases(caller);
        Dealer dealer = dealerFor(caller, request.dealer());
        ServiceCase opened = opening.open(dealer, request.type(), CaseState.OPEN.name(), request.subject().strip(),
                request.description(), caller.username());
        outbox.recordChangeOf(opened.id());
        return view(opened, caller);
    }

    public CaseView get(UUID id) {
        return view(access.load(id), CurrentCaller.require());
    }

    public CasePage list(CaseState state, CaseType type, String dealer, int page, int size) {
        Caller caller = CurrentCaller.require();
        if (type != null) {
            RestrictedCaseTypes.requireMayRead(caller, type.name());
        }
        List<CaseType> hidden = RestrictedCaseTypes.hiddenFrom(caller).stream().map(CaseType::valueOf).toList();
        List<String> reachable = dealers.codesReachedBy(caller);
        if (dealer != null) {
            reachable = reachable.contains(dealer) ? List.of(dealer) : List.of();
        }
        if (reachable.isEmpty()) {
            return new CasePage(List.of(), 0, page, size);
        }
        String where = " WHERE c.dealerCode IN :dealers AND c.networkCode = :network"
                + (state == null ? "" : " AND c.state = :state")
                + (type == null ? "" : " AND c.type = :type")
                + (hidden.isEmpty() ? "" : " AND c.type NOT IN :hidden");
        var query = em.createQuery("SELECT c FROM ServiceCase c" + where + " ORDER BY c.createdAt DESC, c.id", ServiceCase.class);
        var count = em.createQuery("SELECT count(c) FROM ServiceCase c" + where, Long.class);
        for (var q : List.of(query, count)) {
            q.setParameter("dealers", reachable).setParameter("network", caller.network());
            if (state != null) {
                q.setParameter("state", state.name());
            }
            if (type != null) {
                q.setParameter("type", type);
            }
            if (!hidden.isEmpty()) {
                q.setParameter("hidden", hidden);
            }
        }
        List<CasePage.CaseSummary> items = query.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(CasePage.CaseSummary::of).toList();
        return new CasePage(items, count.getSingleResult(), page, size);
    }

    public CaseView transition(UUID id, TransitionRequest request) {
        Caller caller = CurrentCaller.require();
        ServiceCase serviceCase = access.load(id);
        if (!serviceCase.type().followsGenericWorkflow()) {
            throw new Conflict("a " + serviceCase.type() + " case moves through its own workflow, not generic transitions");
        }
        var move = CaseWorkflow.TABLE.decide(CaseState.valueOf(serviceCase.state()), request.action(), caller,
                Workflow.Inputs.reason(request.note()));
        serviceCase.take(move, caller.username(), request.note(), clock.instant());
        outbox.recordChangeOf(serviceCase.id());
        return view(serviceCase, caller);
    }

    /**
     * A case of another type is moved through its own endpoints, whose views carry its actions;
     * here it offers none.
     */
    private static CaseView view(ServiceCase c, Caller caller) {
        return CaseView.of(c, c.type().followsGenericWorkflow()
                ? CaseWorkflow.TABLE.allowedActions(CaseState.valueOf(c.state()), caller) : List.of());
    }

    private Dealer dealerFor(Caller caller, String requested) {
        if (caller.isDealerStaff()) {
            if (requested != null && !requested.equals(caller.dealer())) {
                throw new InvalidField("dealer", "dealer staff open cases for their own dealer only");
            }
            requested = caller.dealer();
        } else if (requested == null || requested.isBlank()) {
            throw new InvalidField("dealer", "required: the dealer the case is for");
        }
        Dealer dealer = dealers.find(requested)
                .filter(d -> caller.reaches(d.code(), d.network(), d.region()))
                .orElseThrow(() -> new InvalidField("dealer", ProblemCode.NO_SUCH_DEALER.with()));
        if (!dealer.isActive()) {
            throw new InvalidField("dealer", ProblemCode.DEALER_SUSPENDED.with());
        }
        return dealer;
    }
}
