package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.workflow.Move;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.Vin;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Authorisation;
import com.dealerhub.platform.warranty.catalogue.Catalogue;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** TAC pre-authorisations: the dealer requests, the regional TAC grants (until a date) or refuses. */
@TenantService
public class PreAuthorisations {

    /** A cited pre-authorisation, as a claim's auto-adjudication sees it. */
    public record Cited(String vin, String part, Authorisation authorisation) {
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
    Catalogue catalogue;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public PreAuthorisationView request(PreAuthorisationRequest request) {
        Caller caller = CurrentCaller.require();
        if (!PreAuthorisationWorkflow.REQUESTER.mayEverAct(caller)) {
            throw new Forbidden("only the dealer's claims clerk, admin or technician requests a TAC pre-authorisation");
        }
        Vin vin = Vin.parse(request.vin(), catalogue.vinCheckDigit(caller.network()));
        String part = request.part().strip();
        if (catalogue.part(caller.network(), part).isEmpty()) {
            throw new InvalidField("part", "part " + part + " is not in the network's catalogue");
        }
        ServiceCase serviceCase = opening.open(dealers.require(caller.dealer()), CaseType.PRE_AUTHORISATION,
                PreAuthorisation.State.REQUESTED.name(), vin + " " + part, request.description(), caller.username());
        PreAuthorisation preAuthorisation = new PreAuthorisation(serviceCase, vin.value(), part);
        em.persist(preAuthorisation);
        return changed(preAuthorisation, caller);
    }

    public PreAuthorisationView grant(UUID id, TacDecision decision) {
        Caller caller = CurrentCaller.require();
        PreAuthorisation p = load(id);
        var move = decide(p, PreAuthorisationWorkflow.Action.GRANT, caller, decision);
        LocalDate expires = decision == null ? null : decision.expiresOn();
        LocalDate today = LocalDate.now(clock);
        if (expires == null || expires.isBefore(today)) {
            throw new InvalidField("expiresOn", "a grant holds until a date, today or later");
        }
        p.granted(today, expires, decision.claimsCovered());
        p.serviceCase().take(move, caller.username(),
                "valid from " + today + " until " + expires + " for " + decision.claimsCovered() + " claim(s)"
                        + (decision.note() == null ? "" : ": " + decision.note()), clock.instant());
        return changed(p, caller);
    }

    public PreAuthorisationView refuse(UUID id, TacDecision decision) {
        Caller caller = CurrentCaller.require();
        PreAuthorisation p = load(id);
        var move = decide(p, PreAuthorisationWorkflow.Action.REFUSE, caller, decision);
        p.serviceCase().take(move, caller.username(), decision.note(), clock.instant());
        return changed(p, caller);
    }

    public PreAuthorisationView get(UUID id) {
        return PreAuthorisationView.of(load(id), CurrentCaller.require());
    }

    /** Requests in one state within the caller's reach, oldest first: the TAC's queue for REQUESTED. */
    public List<PreAuthorisationView> inState(PreAuthorisation.State state) {
        Caller caller = CurrentCaller.require();
        List<String> reachable = dealers.codesReachedBy(caller);
        if (reachable.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT p FROM PreAuthorisation p JOIN p.serviceCase c
                        WHERE c.state = :state AND p.dealerCode IN :dealers ORDER BY c.updatedAt""", PreAuthorisation.class)
                .setParameter("state", state.name()).setParameter("dealers", reachable).setMaxResults(500)
                .getResultList().stream().map(p -> PreAuthorisationView.of(p, caller)).toList();
    }

    /**
     * The pre-authorisation a claim cites, if the claim's dealer holds it, with the other claims
     * that already use it: those that passed auto-adjudication citing it and still count.
     */
    public Optional<Cited> cited(UUID id, UUID citingClaim) {
        return Optional.ofNullable(em.find(PreAuthorisation.class, id)).map(p -> new Cited(p.vin(), p.partNumber(),
                new Authorisation(p.serviceCase().number(), p.state() == PreAuthorisation.State.GRANTED, p.grantedOn(),
                        p.expiresOn(), p.claimsAllowed(), citingClaims(id, citingClaim))));
    }

    private List<String> citingClaims(UUID id, UUID excludingClaim) {
        return em.createNativeQuery("""
                        SELECT r.claim_number FROM warranty_claim w JOIN vehicle_repair r ON r.claim_id = w.id AND r.counts
                        WHERE w.pre_authorisation_id = ?1 AND w.id <> ?2 ORDER BY r.claim_number""", String.class)
                .setParameter(1, id).setParameter(2, excludingClaim).getResultList();
    }

    private static Move<PreAuthorisation.State, PreAuthorisationWorkflow.Action> decide(
            PreAuthorisation p, PreAuthorisationWorkflow.Action action, Caller caller, TacDecision decision) {
        return PreAuthorisationWorkflow.TABLE.decide(p.state(), action, caller,
                Workflow.Inputs.reason(decision == null ? null : decision.note()));
    }

    private PreAuthorisation load(UUID id) {
        return cases.loadPart(PreAuthorisation.class, id, "pre-authorisation");
    }

    private PreAuthorisationView changed(PreAuthorisation p, Caller caller) {
        outbox.recordChangeOf(p.id());
        return PreAuthorisationView.of(p, caller);
    }
}
