package com.dealerhub.platform.notifications;

import com.dealerhub.platform.tenancy.Dealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.util.Optional;

/**
 * Who holds a duty for a dealer (its station manager, its region's service manager, the network's
 * customer assistance centre...), as head office keeps it in {@code notification_contact}. Read in the
 * caller's transaction, within its row-level security scope.
 */
@ApplicationScoped
public class Contacts {

    @PersistenceContext
    EntityManager em;

    public Optional<Recipient> of(Dealer dealer, Duty duty) {
        return em.unwrap(Session.class).doReturningWork(connection -> ContactDirectory.find(connection, dealer, duty));
    }
}
