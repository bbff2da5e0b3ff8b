package com.dealerhub.platform.warranty.preauthorisation;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
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
import java.util.Set;
import java.util.UUID;

/** TAC pre-authorisations: the dealer requests, the regional TAC grants (until a date) or refuses. */
@TenantService
public class PreAuthorisations {

    static final Set<String> REQUESTING_ROLES = Set.of("dealer-claims", "dealer-admin", "dealer-technician");
    static final String TAC = "oem-tac";

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

    private final Clock clock = Clock.systemUTC();

    public PreAuthorisationView request(PreAuthorisationRequest request) {
        Caller caller = CurrentCaller.require();
        if (!caller.isDealerStaff() || REQUESTING_ROLES.stream().noneMatch(caller::hasRole)) {
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
        return changed(preAuthorisation);
    }

    public PreAuthorisationView grant(UUID id, TacDecision decision) {
        PreAuthorisation p = decidable(id);
        LocalDate expires = decision == null ? null : decision.expiresOn();
        LocalDate today = LocalDate.now(clock);
        if (expires == null || expires.isBefore(today)) {
            throw new InvalidField("expiresOn", "a grant holds until a date, today or later");
        }
        p.granted(today, expires, decision.claimsCovered());
        p.serviceCase().moveTo("GRANT", PreAuthorisation.State.GRANTED.name(), CurrentCaller.require().username(),
                "valid from " + today + " until " + expires + " for " + decision.claimsCovered() + " claim(s)"
                        + (decision.note() == null ? "" : ": " + decision.note()), clock.instant());
        return changed(p);
    }

    public PreAuthorisationView refuse(UUID id, TacDecision decision) {
        PreAuthorisation p = decidable(id);
        if (decision == null || decision.note() == null || decision.note().isBlank()) {
            throw new InvalidField("note", "a refusal needs a reason");
        }
        p.serviceCase().moveTo("REFUSE", PreAuthorisation.State.REFUSED.name(), CurrentCaller.require().username(),
                decision.note(), clock.instant());
        return changed(p);
    }

    public PreAuthorisationView get(UUID id) {
        return PreAuthorisationView.of(load(id));
    }

    /** Requests in one state within the caller's reach, oldest first: the TAC's queue for REQUESTED. */
    public List<PreAuthorisationView> inState(PreAuthorisation.State state) {
        List<String> reachable = dealers.codesReachedBy(CurrentCaller.require());
        if (reachable.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT p FROM PreAuthorisation p JOIN p.serviceCase c
                        WHERE c.state = :state AND p.dealerCode IN :dealers ORDER BY c.updatedAt""", PreAuthorisation.class)
                .setParameter("state", state.name()).setParameter("dealers", reachable).setMaxResults(500)
                .getResultList().stream().map(PreAuthorisationView::of).toList();
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

    private PreAuthorisation decidable(UUID id) {
        Caller caller = CurrentCaller.require();
        PreAuthorisation p = load(id);
        if (!caller.isOemStaff() || !caller.hasRole(TAC)) {
            throw new Forbidden("only the TAC (" + TAC + ") grants or refuses pre-authorisations");
        }
        if (p.state() != PreAuthorisation.State.REQUESTED) {
            throw new Conflict("the pre-authorisation was already " + p.state());
        }
        return p;
    }

    private PreAuthorisation load(UUID id) {
        return cases.loadPart(PreAuthorisation.class, id, "pre-authorisation");
    }

    private PreAuthorisationView changed(PreAuthorisation p) {
        outbox.recordChangeOf(p.id());
        return PreAuthorisationView.of(p);
    }
}
