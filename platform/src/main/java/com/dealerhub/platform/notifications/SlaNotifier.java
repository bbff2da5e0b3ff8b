package com.dealerhub.platform.notifications;

import com.dealerhub.common.security.Caller;
import com.dealerhub.platform.cases.sla.DeadlineFiringListener;
import com.dealerhub.platform.cases.sla.DueDeadlines;
import com.dealerhub.platform.cases.sla.FiredDeadline;
import com.dealerhub.platform.tenancy.Dealer;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Notifies the holders of the duties a deadline names ({@code notify_on_warning}, {@code notify_on_breach})
 * when it fires, in the scheduler's transaction: the firing and its notifications commit together, once.
 * A duty nobody holds for the case's dealer is skipped (and logged), never an error that would stop the firing.
 */
@ApplicationScoped
public class SlaNotifier implements DeadlineFiringListener {

    private static final Logger LOG = Logger.getLogger(SlaNotifier.class.getName());
    private static final DateTimeFormatter DUE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public void fired(Connection connection, java.util.List<FiredDeadline> fired) throws SQLException {
        for (FiredDeadline deadline : fired) {
            if (!deadline.duties().isEmpty()) {
                notify(connection, deadline);
            }
        }
    }

    private static void notify(Connection connection, FiredDeadline deadline) throws SQLException {
        CaseAbout about = caseAbout(connection, deadline);
        Template template = deadline.firing() == DueDeadlines.Firing.WARNING ? Template.SLA_WARNING : Template.SLA_BREACHED;
        Map<String, String> values = Map.of("number", about.number(), "clock", deadline.clock(),
                "dueAt", DUE_AT.format(deadline.dueAt().atZone(about.zone())) + " (" + about.zone().getId() + ")");
        for (String name : deadline.duties()) {
            Duty duty;
            try {
                duty = Duty.valueOf(name);
            } catch (IllegalArgumentException e) {
                LOG.warning("deadline " + deadline.clock() + " of case " + about.number() + " names no duty: " + name);
                continue;
            }
            var note = DutyHolders.notify(connection, deadline.caseId(), about.dealer(), duty, template, values);
            if (note.isEmpty()) {
                LOG.info("nobody holds " + duty + " for dealer " + about.dealer().code() + "; case " + about.number() + " not notified");
                continue;
            }
            NotificationRows.recordOnTimeline(connection, deadline.caseId(), Caller.SYSTEM_USERNAME, note.get());
        }
    }

    private record CaseAbout(String number, Dealer dealer, ZoneId zone) {
    }

    private static CaseAbout caseAbout(Connection connection, FiredDeadline deadline) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.number, d.code, d.network_code, d.region_code, d.name, d.status, COALESCE(w.zone, 'Asia/Shanghai')
                FROM service_case c JOIN dealer d ON d.code = c.dealer_code
                     LEFT JOIN working_calendar w ON w.network_code = d.network_code
                WHERE c.id = ?""")) {
            query.setObject(1, deadline.caseId());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new CaseAbout(row.getString(1), new Dealer(row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6)), ZoneId.of(row.getString(7)));
            }
        }
    }
}
