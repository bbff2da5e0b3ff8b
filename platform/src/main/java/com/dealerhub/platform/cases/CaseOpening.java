package com.dealerhub.platform.cases;

import com.dealerhub.platform.tenancy.Dealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/** Opens a case of any type for a dealer: numbers it, records who opened it, and persists it. */
@ApplicationScoped
public class CaseOpening {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseNumbers numbers;

    @Inject
    Clock clock;

    public ServiceCase open(Dealer dealer, CaseType type, String initialState, String subject, String description, String openedBy) {
        ServiceCase opened = openUnsaved(dealer, type, initialState, subject, description, openedBy);
        em.persist(opened);
        return opened;
    }

    /**
     * Opens a case without persisting it, for a caller that completes the case in the same
     * transaction and persists it once, complete (so that no row is inserted, then updated).
     */
    public ServiceCase openUnsaved(Dealer dealer, CaseType type, String initialState, String subject, String description,
                                   String openedBy) {
        Instant now = clock.instant();
        return ServiceCase.open(numbers.next(type, now), type, initialState, dealer.code(), dealer.network(),
                subject, description, openedBy, now);
    }
}
