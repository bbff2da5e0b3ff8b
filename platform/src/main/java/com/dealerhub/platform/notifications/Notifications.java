package com.dealerhub.platform.notifications;

import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.time.Clock;
import java.util.Map;

/**
 * Notifies someone about a case, in the caller's transaction (a {@code @TenantService}'s): one row per
 * channel the recipient has (inbox, e-mail, SMS), rendered in the recipient's language, and a
 * "NOTIFIED" line on the case's timeline. Nothing is sent here: e-mail and SMS go out after commit,
 * through {@link NotificationDelivery}, so a rolled-back decision notifies nobody and a slow or
 * absent mail server never holds up nor fails the business transaction.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void send(ServiceCase serviceCase, Recipient to, Template template, Map<String, String> values) {
        em.flush(); // the case may be new in this transaction: its row must exist for the notification's
        String note = em.unwrap(Session.class).doReturningWork(connection -> NotificationRows.write(connection,
                serviceCase.id(), serviceCase.networkCode(), serviceCase.dealerCode(), to, template, values));
        if (note == null) {
            return;
        }
        serviceCase.record(NotificationRows.TIMELINE_ACTION, CurrentCaller.require().username(), note, clock.instant());
        outbox.recordChangeOf(serviceCase.id());
    }

    /**
     * Notifies someone about something of a dealer that is no case (a vehicle's three-guarantees
     * warning), in the caller's transaction; there is no timeline to record it on.
     */
    public void sendAbout(String network, String dealer, Recipient to, Template template, Map<String, String> values) {
        em.unwrap(Session.class).doWork(connection -> NotificationRows.write(connection, null, network, dealer, to, template, values));
    }
}
