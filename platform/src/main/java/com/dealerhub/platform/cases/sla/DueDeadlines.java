package com.dealerhub.platform.cases.sla;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One scheduler step in one transaction: claim a batch of deadlines whose warning or due time has
 * passed (rows another instance holds are skipped), mark them fired, write the timeline entry of
 * each on its case, let the {@link DeadlineFiringListener}s act on them (notifications), and publish
 * each changed case through the outbox. Marking and recording commit
 * together, so a firing happens once: never twice, and, after a crash, still once.
 */
@ApplicationScoped
public class DueDeadlines {

    static final int BATCH = 500;

    /** What comes due: the warning before the due time, and the breach at it. */
    public enum Firing {
        // no warning once the due time itself has passed: the breach says more
        WARNING("warn_at", "warned_at", "SLA_WARNING", "warning: due at ", " AND breached_at IS NULL AND due_at > now()",
                "notify_on_warning"),
        BREACH("due_at", "breached_at", "SLA_BREACHED", "breached: was due at ", "", "notify_on_breach");

        final String dueColumn;
        final String firedColumn;
        final String action;
        final String note;
        final String alsoRequired;
        final String notifyColumn;

        Firing(String dueColumn, String firedColumn, String action, String note, String alsoRequired, String notifyColumn) {
            this.dueColumn = dueColumn;
            this.firedColumn = firedColumn;
            this.action = action;
            this.note = note;
            this.alsoRequired = alsoRequired;
            this.notifyColumn = notifyColumn;
        }
    }

    /** The worker role's: deadlines of every network, a scope the request role cannot enter. */
    @Resource(lookup = "java:jboss/datasources/DealerHubWorkerDS")
    DataSource worker;

    @Inject
    Instance<DeadlineFiringListener> listeners;

    /** Fires the next batch of one kind; returns how many fired. */
    public int fireNext(Firing firing) throws SQLException {
        return ScopedJdbc.write(worker, Caller.system(), connection -> {
            List<FiredDeadline> fired = markFired(connection, firing);
            if (!fired.isEmpty()) {
                for (DeadlineFiringListener listener : listeners) {
                    listener.fired(connection, fired);
                }
                publish(connection, fired.stream().map(FiredDeadline::caseId).collect(Collectors.toCollection(LinkedHashSet::new)));
            }
            return fired.size();
        });
    }

    /** Marks the batch fired and writes its timeline entries; returns each firing. */
    private static List<FiredDeadline> markFired(Connection connection, Firing firing) throws SQLException {
        String sql = """
                WITH due AS (
                    SELECT id FROM case_deadline
                    WHERE %1$s <= now() AND %2$s IS NULL AND stopped_at IS NULL%3$s
                    ORDER BY %1$s LIMIT ? FOR UPDATE SKIP LOCKED),
                fired AS (
                    UPDATE case_deadline d SET %2$s = now() FROM due WHERE d.id = due.id
                    RETURNING d.case_id, d.clock, d.due_at, d.%4$s AS notify),
                recorded AS (
                    INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, from_state, to_state, note)
                    SELECT c.id, c.network_code, c.dealer_code, now(), 'system', ?, c.state, c.state,
                           f.clock || ' ' || ? || to_char(f.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                    FROM fired f JOIN service_case c ON c.id = f.case_id
                    RETURNING case_id)
                SELECT case_id, clock, due_at, notify FROM fired""".formatted(firing.dueColumn, firing.firedColumn, firing.alsoRequired,
                firing.notifyColumn);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, BATCH);
            statement.setString(2, firing.action);
            statement.setString(3, firing.note);
            List<FiredDeadline> fired = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    fired.add(new FiredDeadline(rows.getObject(1, UUID.class), rows.getString(2),
                            rows.getTimestamp(3).toInstant(), firing, List.of((String[]) rows.getArray(4).getArray())));
                }
            }
            return fired;
        }
    }

    /** A new version of each case, with its new timeline, for search. Its last change time stays: nobody acted on it. */
    private static void publish(Connection connection, Set<UUID> cases) throws SQLException {
        var ids = connection.createArrayOf("uuid", cases.toArray());
        try (PreparedStatement bump = connection.prepareStatement("UPDATE service_case SET version = version + 1 WHERE id = ANY (?)");
             PreparedStatement outbox = connection.prepareStatement("""
                     INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
                     SELECT id, version, network_code, dealer_code, payload FROM case_changed_event WHERE id = ANY (?)""")) {
            bump.setArray(1, ids);
            bump.executeUpdate();
            outbox.setArray(1, ids);
            outbox.executeUpdate();
        }
    }
}
