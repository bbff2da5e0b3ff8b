package com.dealerhub.platform.training.certificates;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import com.dealerhub.platform.notifications.Duty;
import com.dealerhub.platform.notifications.DutyHolders;
import com.dealerhub.platform.notifications.Template;
import com.dealerhub.platform.tenancy.Dealer;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Reminds the station manager of a certificate holder's current dealer that the certificate expires
 * ({@link ReminderLead}): one run in one transaction on the worker's connection (every network). A
 * {@code certificate_reminder} row per certificate and lead time, written with the notification, makes
 * each reminder go out once, also with several instances running side by side.
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());

    @Resource(lookup = "java:jboss/datasources/DealerHubWorkerDS")
    DataSource worker;

    @Inject
    Clock clock;

    private record Expiring(UUID id, String number, String network, LocalDate validThrough, UUID application, UUID person,
                            String holder, String staffNumber, String programme, int level, List<Integer> sent) {
    }

    /** Sends the reminders due today; returns how many went out. */
    public int sendDue() throws SQLException {
        LocalDate today = TrainingDay.today(clock);
        return ScopedJdbc.write(worker, Caller.system(), connection -> {
            int sent = 0;
            for (Expiring certificate : expiring(connection, today)) {
                Optional<Integer> lead = ReminderLead.due(certificate.validThrough(), today, certificate.sent());
                if (lead.isPresent() && remind(connection, certificate, lead.get(), today)) {
                    sent++;
                }
            }
            return sent;
        });
    }

    private static boolean remind(Connection connection, Expiring certificate, int lead, LocalDate today) throws SQLException {
        Optional<Dealer> dealer = currentDealer(connection, certificate.person(), today);
        if (dealer.isEmpty()) {
            return false; // on no dealer's roster now: nobody to tell, until they join one
        }
        try (PreparedStatement claim = connection.prepareStatement("""
                INSERT INTO certificate_reminder (certificate_id, days_before, network_code, sent_at) VALUES (?, ?, ?, now())
                ON CONFLICT DO NOTHING""")) {
            claim.setObject(1, certificate.id());
            claim.setInt(2, lead);
            claim.setString(3, certificate.network());
            if (claim.executeUpdate() == 0) {
                return false; // another instance sent it
            }
        }
        Map<String, String> values = Map.of("certificate", certificate.number(), "holder", certificate.holder(),
                "staffNumber", certificate.staffNumber(), "programme", certificate.programme(),
                "level", String.valueOf(certificate.level()), "validThrough", certificate.validThrough().toString(),
                "daysLeft", String.valueOf(ChronoUnit.DAYS.between(today, certificate.validThrough())));
        if (DutyHolders.notify(connection, certificate.application(), dealer.get(), Duty.STATION_MANAGER,
                Template.CERTIFICATE_EXPIRING, values).isEmpty()) {
            LOG.info("nobody holds STATION_MANAGER for dealer " + dealer.get().code() + "; certificate " + certificate.number()
                    + " expiry reminder " + lead + " days before not sent");
        }
        return true;
    }

    private static List<Expiring> expiring(Connection connection, LocalDate today) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.id, c.number, c.network_code, c.valid_through, c.application_id, c.person_id, p.name, p.staff_number,
                       c.programme_code, c.level,
                       ARRAY(SELECT r.days_before FROM certificate_reminder r WHERE r.certificate_id = c.id)
                FROM certificate c JOIN person p ON p.id = c.person_id
                WHERE c.valid_through BETWEEN ? AND ?
                ORDER BY c.valid_through""")) {
            query.setDate(1, Date.valueOf(today));
            query.setDate(2, Date.valueOf(today.plusDays(ReminderLead.DAYS_BEFORE.getFirst())));
            List<Expiring> found = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(new Expiring(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                            row.getDate(4).toLocalDate(), row.getObject(5, UUID.class), row.getObject(6, UUID.class), row.getString(7),
                            row.getString(8), row.getString(9), row.getInt(10),
                            Arrays.stream((Integer[]) row.getArray(11).getArray()).toList()));
                }
            }
            return found;
        }
    }

    /** The dealer where the person works now: their latest role on a roster that has not ended. */
    private static Optional<Dealer> currentDealer(Connection connection, UUID person, LocalDate today) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT d.code, d.network_code, d.region_code, d.name, d.status
                FROM roster_entry r JOIN dealer d ON d.code = r.dealer_code
                WHERE r.person_id = ? AND r.hired_on <= ? AND (r.left_on IS NULL OR r.left_on >= ?)
                ORDER BY r.in_role_since DESC, r.dealer_code
                LIMIT 1""")) {
            query.setObject(1, person);
            query.setDate(2, Date.valueOf(today));
            query.setDate(3, Date.valueOf(today));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Dealer(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5))) : Optional.empty();
            }
        }
    }
}
