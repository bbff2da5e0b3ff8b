package com.dealerhub.platform.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers e-mail and SMS notifications after their transaction committed, on every WildFly instance
 * side by side ({@link PendingNotifications} claims with SKIP LOCKED). Each row is sent outside any
 * database transaction and its outcome recorded: SENT, or PENDING with the error and the next try, or
 * FAILED when {@link RetrySchedule} gives up.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());
    static final long POLL_MILLIS = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PendingNotifications pending;

    @Inject
    MailGateway mail;

    @Inject
    SmsGateway sms;

    private ScheduledFuture<?> polling;
    private volatile boolean failing;

    /** Starts after the schema migrations (their observer has a lower priority). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        polling = scheduler.scheduleWithFixedDelay(this::deliverDue, 3_000, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void deliverDue() {
        try {
            List<PendingNotifications.Pending> batch;
            do {
                batch = pending.claim();
                for (PendingNotifications.Pending notification : batch) {
                    deliver(notification);
                }
            } while (batch.size() == PendingNotifications.BATCH);
            if (failing) {
                LOG.info("notification delivery working again");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "notification delivery cannot reach the database, will retry: " + e.getMessage());
                failing = true;
            }
        }
    }

    private void deliver(PendingNotifications.Pending notification) throws SQLException {
        try {
            send(notification, mail, sms);
        } catch (DeliveryFailure failure) {
            pending.failed(notification, failure);
            return;
        }
        pending.sent(notification);
    }

    /** Hands one notification to its channel's gateway. */
    static void send(PendingNotifications.Pending notification, MailGateway mail, SmsGateway sms) throws DeliveryFailure {
        switch (notification.channel()) {
            case EMAIL -> mail.send(notification.address(), notification.subject(), notification.body());
            case SMS -> sms.send(new Sms(notification.id(), notification.caseId(), notification.network(), notification.dealer(),
                    notification.address(), notification.body()));
            case INBOX -> {
                // delivered when written; a PENDING inbox row is only marked sent
            }
        }
    }
}
