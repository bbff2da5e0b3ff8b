package com.dealerhub.platform.training.certificates;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends certificate expiry reminders on every WildFly instance. Reminders are due by the day, but it
 * looks every half minute, so a reminder goes out soon after midnight, or soon after a start when the
 * server was down at midnight; a look that finds nothing due costs one indexed query.
 */
@ApplicationScoped
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());
    static final long POLL_SECONDS = 30;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ExpiryReminders reminders;

    private ScheduledFuture<?> polling;
    private volatile boolean failing;

    /** Starts after the schema migrations (their observer has a lower priority). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        polling = scheduler.scheduleWithFixedDelay(this::sendDue, 10, POLL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void sendDue() {
        try {
            reminders.sendDue();
            if (failing) {
                LOG.info("certificate expiry reminders sending again");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "certificate expiry reminders cannot be sent, will retry: " + e.getMessage());
                failing = true;
            }
        }
    }
}
