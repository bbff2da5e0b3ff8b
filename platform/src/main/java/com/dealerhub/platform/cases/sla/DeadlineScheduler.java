package com.dealerhub.platform.cases.sla;

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
 * Fires SLA warnings and breaches on every WildFly instance, safely side by side: each step claims
 * its rows with SKIP LOCKED. It looks every few seconds, so a deadline fires well within a minute
 * of its due time; one that came due while no instance ran (a crash, a redeploy) fires at the next look.
 */
@ApplicationScoped
public class DeadlineScheduler {

    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class.getName());
    static final long POLL_SECONDS = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DueDeadlines deadlines;

    private ScheduledFuture<?> polling;
    private volatile boolean failing;

    /** Starts after the schema migrations (their observer has a lower priority). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        polling = scheduler.scheduleWithFixedDelay(this::fireDue, 2, POLL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void fireDue() {
        try {
            for (DueDeadlines.Firing firing : DueDeadlines.Firing.values()) {
                while (deadlines.fireNext(firing) == DueDeadlines.BATCH) {
                    // a full batch: more may be due
                }
            }
            if (failing) {
                LOG.info("deadline scheduler firing again");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "deadline scheduler cannot fire, will retry: " + e.getMessage());
                failing = true;
            }
        }
    }
}
