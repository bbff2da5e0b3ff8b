package com.dealerhub.platform.accountrequests;

import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.keycloak.KeycloakAdmin;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.security.RestrictedCaseTypes;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.dealerhub.common.json.Jsons.JSON;

/** The use cases of dealer account requests, each in one transaction with its case and outbox event. */
@TenantService
public class AccountRequests {

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
    PlatformAccounts platformAccounts;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    Clock clock;

    /** A dealer admin drafts a request; attachments can be added before it is submitted. */
    public AccountRequestView draft(NewAccountRequest request) {
        Caller caller = CurrentCaller.require();
        if (!AccountRequestWorkflow.REQUESTER.mayEverAct(caller)) {
            throw new Forbidden("only the dealer's station manager or GM (dealer-admin) requests accounts");
        }
        AccountRequestDetails details = new AccountRequestDetails(request.kind(), request.system(), request.username().strip(),
                request.email(), request.roles(), request.lockReason(), request.improvementPlan());
        details.requireComplete();
        ServiceCase serviceCase = opening.open(dealers.require(caller.dealer()), CaseType.ACCOUNT_REQUEST,
                AccountRequestState.DRAFT.name(), details.kind() + " " + details.system() + " " + details.username(),
                request.description(), caller.username());
        AccountRequest accountRequest = new AccountRequest(serviceCase, details);
        em.persist(accountRequest);
        return changed(accountRequest, null, caller);
    }

    /**
     * Submits a draft or a corrected request. A second request of the dealer within the
     * network's window copies the regional VP and needs a signed guarantee letter attached.
     */
    public AccountRequestView submit(UUID id) {
        Caller caller = CurrentCaller.require();
        AccountRequest request = load(id);
        Move<AccountRequestState, AccountRequestAction> move = decide(request, AccountRequestAction.SUBMIT, caller, null);
        request.details().requireComplete();
        // One dealer's submissions one at a time, across instances: two at once must not both
        // look like the first of the window.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "account-request:" + request.dealerCode())
                .getSingleResult();
        Instant now = clock.instant();
        RepeatRequestRule rule = new RepeatRequestRule(windowMonths(request.serviceCase().networkCode()));
        boolean repeat = rule.isRepeat(previousSubmission(request), now);
        if (repeat && !attachments.has(id, RepeatRequestRule.GUARANTEE_LETTER)) {
            throw new InvalidField("attachments", "a second request within " + rule.windowMonths()
                    + " months needs the signed account-management guarantee letter (purpose " + RepeatRequestRule.GUARANTEE_LETTER + ")");
        }
        request.submitted(now, repeat, copies(request, repeat));
        request.serviceCase().take(move, caller.username(), repeat ? "repeat request: regional VP copied" : null, now);
        return changed(request, null, caller);
    }

    public AccountRequestView confirm(UUID id, ReviewRequest review) {
        return step(id, AccountRequestAction.CONFIRM, review);
    }

    public AccountRequestView returnForCorrection(UUID id, ReviewRequest review) {
        return step(id, AccountRequestAction.RETURN, review);
    }

    public AccountRequestView reject(UUID id, ReviewRequest review) {
        return step(id, AccountRequestAction.REJECT, review);
    }

    /** The back office groups confirmed requests into one batch for IT. */
    public List<AccountRequestView> batch(BatchRequest batch) {
        Caller caller = CurrentCaller.require();
        Instant now = clock.instant();
        String batchId = "B-" + now.toEpochMilli();
        List<AccountRequestView> batched = new ArrayList<>();
        for (UUID id : batch.requests().stream().distinct().toList()) {
            AccountRequest request = load(id);
            Move<AccountRequestState, AccountRequestAction> move = decide(request, AccountRequestAction.BATCH, caller, null);
            request.batched(batchId);
            request.serviceCase().take(move, caller.username(), batchId, now);
            batched.add(changed(request, null, caller));
        }
        return batched;
    }

    /** IT processes a batched request; for this platform's own accounts that is done in Keycloak here and now. */
    public AccountRequestView process(UUID id, ReviewRequest review) {
        Caller caller = CurrentCaller.require();
        AccountRequest request = load(id);
        String note = review == null ? null : review.note();
        Move<AccountRequestState, AccountRequestAction> move = decide(request, AccountRequestAction.PROCESS, caller, note);
        String temporaryPassword = null;
        if (request.details().system() == TargetSystem.PLATFORM) {
            temporaryPassword = platformAccounts.apply(request.dealerCode(), request.serviceCase().networkCode(), request.details());
            auditAccountChange(caller, request);
        }
        request.serviceCase().take(move, caller.username(), note, clock.instant());
        return changed(request, temporaryPassword, caller);
    }

    public AccountRequestView get(UUID id) {
        return AccountRequestView.of(load(id), CurrentCaller.require());
    }

    /** Requests in one state within the caller's reach, oldest first: a reviewer's work queue, or the batch view. */
    public List<AccountRequestView> inState(AccountRequestState state) {
        Caller caller = CurrentCaller.require();
        RestrictedCaseTypes.requireMayRead(caller, CaseType.ACCOUNT_REQUEST.name());
        List<String> reachable = dealers.codesReachedBy(caller);
        if (reachable.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT r FROM AccountRequest r JOIN r.serviceCase c
                        WHERE c.state = :state AND r.dealerCode IN :dealers AND c.networkCode = :network
                        ORDER BY c.updatedAt""", AccountRequest.class)
                .setParameter("state", state.name()).setParameter("dealers", reachable)
                .setParameter("network", caller.network())
                .setMaxResults(500)
                .getResultList().stream().map(r -> AccountRequestView.of(r, caller)).toList();
    }

    /** IT's change to a platform account is an administrative change like any other: into the audit log. */
    private void auditAccountChange(Caller caller, AccountRequest request) {
        AccountRequestDetails details = request.details();
        var after = JSON.createObjectBuilder().add("request", request.serviceCase().number())
                .add("dealer", request.dealerCode()).add("kind", details.kind().name());
        var roles = JSON.createArrayBuilder();
        details.roles().forEach(roles::add);
        after.add("roles", roles);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> AuditLog.record(connection, caller,
                request.serviceCase().networkCode(), "ACCOUNT_REQUEST_" + details.kind(), "user", details.username(),
                null, after.build()));
    }

    /** A reviewer's step: the table says who takes it from where, and whether it needs a reason. */
    private AccountRequestView step(UUID id, AccountRequestAction action, ReviewRequest review) {
        Caller caller = CurrentCaller.require();
        AccountRequest request = load(id);
        String note = review == null ? null : review.note();
        Move<AccountRequestState, AccountRequestAction> move = decide(request, action, caller, note);
        request.serviceCase().take(move, caller.username(), note, clock.instant());
        return changed(request, null, caller);
    }

    private static Move<AccountRequestState, AccountRequestAction> decide(AccountRequest request, AccountRequestAction action,
                                                                          Caller caller, String note) {
        return AccountRequestWorkflow.TABLE.decide(request.state(), action, caller, Workflow.Inputs.reason(note));
    }

    private AccountRequest load(UUID id) {
        return cases.loadPart(AccountRequest.class, id, "account request");
    }

    private Instant previousSubmission(AccountRequest request) {
        return em.createQuery("""
                        SELECT max(r.submittedAt) FROM AccountRequest r
                        WHERE r.dealerCode = :dealer AND r.id <> :id AND r.submittedAt IS NOT NULL""", Instant.class)
                .setParameter("dealer", request.dealerCode()).setParameter("id", request.id())
                .getSingleResult();
    }

    private int windowMonths(String network) {
        List<?> months = em.createNativeQuery(
                        "SELECT account_request_window_months FROM network_policy WHERE network_code = ?1")
                .setParameter(1, network).getResultList();
        return months.isEmpty() ? 12 : ((Number) months.getFirst()).intValue();
    }

    /** The dealer's GM (its dealer admins) always; the regional after-sales VP on a repeat request. */
    private List<String> copies(AccountRequest request, boolean repeat) {
        List<String> copies = new ArrayList<>(platformAccounts.dealerAdmins(request.dealerCode()));
        if (repeat) {
            dealers.find(request.dealerCode()).ifPresent(d ->
                    copies.addAll(keycloak.usersWithRoleAndAttribute("oem-regional-vp", "regions", d.region())));
        }
        return copies;
    }

    private AccountRequestView changed(AccountRequest request, String temporaryPassword, Caller caller) {
        outbox.recordChangeOf(request.id());
        return AccountRequestView.of(request, caller, temporaryPassword);
    }
}
