package com.dealerhub.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The world training tests start from, written straight into the database under the dealer's own
 * row-level security scope, as the roster, the LMS, the sessions and certification store it: people on
 * rosters, LMS records, sessions and attended trainings, certificates, and time moved on (a session that
 * has started). Each test makes its own people (unique staff numbers).
 */
public final class Training {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Training() {
    }

    /** Today where certificates are dated. */
    public static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** A new person (unique staff number) on the dealer's roster since 2020 in the role; returns the staff number and id. */
    public static Person hire(String network, String dealer, String role, String name) throws SQLException {
        return hire(network, dealer, role, name, LocalDate.of(2020, 1, 1));
    }

    /** A new person (unique staff number) hired into the role on a day. */
    public static Person hire(String network, String dealer, String role, String name, LocalDate inRoleSince) throws SQLException {
        String staffNumber = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID id = UUID.randomUUID();
        write(network, dealer, connection -> {
            try (PreparedStatement person = connection.prepareStatement(
                    "INSERT INTO person (id, network_code, staff_number, name) VALUES (?, ?, ?, ?)")) {
                person.setObject(1, id);
                person.setString(2, network);
                person.setString(3, staffNumber);
                person.setString(4, name);
                person.executeUpdate();
            }
            roster(connection, network, dealer, id, role, inRoleSince);
        });
        return new Person(id, staffNumber);
    }

    /** The person whose username is the user's (created, on the dealer's roster, if there is none yet). */
    public static Person personOf(String network, String dealer, String username) throws SQLException {
        Person[] found = new Person[1];
        write(network, dealer, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, staff_number FROM person WHERE network_code = ? AND username = ?")) {
                query.setString(1, network);
                query.setString(2, username);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        found[0] = new Person(row.getObject(1, UUID.class), row.getString(2));
                        return;
                    }
                }
            }
            found[0] = new Person(UUID.randomUUID(), "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            try (PreparedStatement person = connection.prepareStatement(
                    "INSERT INTO person (id, network_code, staff_number, name, username) VALUES (?, ?, ?, ?, ?)")) {
                person.setObject(1, found[0].id());
                person.setString(2, network);
                person.setString(3, found[0].staffNumber());
                person.setString(4, username);
                person.setString(5, username);
                person.executeUpdate();
            }
            roster(connection, network, dealer, found[0].id(), "CLAIMS_CLERK", LocalDate.of(2020, 1, 1));
        });
        return found[0];
    }

    /** A certificate of the person, earned through the given case; returns its id and number. */
    public static Certificate certify(String network, String dealer, Person person, String programme, int level, LocalDate issuedOn,
                                      LocalDate validThrough, String applicationCaseId) throws SQLException {
        UUID id = UUID.randomUUID();
        String number = "IT-" + programme + "-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        write(network, dealer, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO certificate (id, network_code, number, person_id, programme_code, level, issued_on, valid_through,
                                             dealer_code, application_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, id);
                insert.setString(2, network);
                insert.setString(3, number);
                insert.setObject(4, person.id());
                insert.setString(5, programme);
                insert.setInt(6, level);
                insert.setObject(7, issuedOn);
                insert.setObject(8, validThrough);
                insert.setString(9, dealer);
                insert.setObject(10, UUID.fromString(applicationCaseId));
                insert.executeUpdate();
            }
        });
        return new Certificate(id.toString(), number);
    }

    /** How many expiry reminders of the certificate were recorded, at each lead time. */
    public static int reminders(String network, String dealer, String certificateId) throws SQLException {
        int[] count = new int[1];
        write(network, dealer, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM certificate_reminder WHERE certificate_id = ?")) {
                query.setObject(1, UUID.fromString(certificateId));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    count[0] = row.getInt(1);
                }
            }
        });
        return count[0];
    }

    public record Person(UUID id, String staffNumber) {
    }

    public record Certificate(String id, String number) {
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private static void roster(Connection connection, String network, String dealer, UUID person, String role, LocalDate since)
            throws SQLException {
        try (PreparedStatement entry = connection.prepareStatement("""
                INSERT INTO roster_entry (id, network_code, dealer_code, person_id, role, hired_on, in_role_since)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            entry.setObject(1, UUID.randomUUID());
            entry.setString(2, network);
            entry.setString(3, dealer);
            entry.setObject(4, person);
            entry.setString(5, role);
            entry.setObject(6, since);
            entry.setObject(7, since);
            entry.executeUpdate();
        }
    }

    /** An LMS record of the person: a completion (score null) or a test score, on a day. */
    public static void lms(String network, String dealer, Person person, String course, LocalDate on, Integer score) throws SQLException {
        write(network, dealer, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO lms_record (network_code, record_id, person_id, course_code, completed_on, score, tested_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, network);
                insert.setString(2, "IT-" + UUID.randomUUID());
                insert.setObject(3, person.id());
                insert.setString(4, course);
                insert.setObject(5, score == null ? on : null);
                insert.setObject(6, score);
                insert.setObject(7, score == null ? null : on);
                insert.executeUpdate();
            }
        });
    }

    /** A session of a programme level (WRITTEN_EXAM, CERTIFICATION) or of a training course (TRAINING), a week ahead; its id. */
    public static String session(String network, String dealer, String kind, String programmeOrCourse, Integer level, int seats)
            throws SQLException {
        UUID id = UUID.randomUUID();
        boolean training = "TRAINING".equals(kind);
        write(network, dealer, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO training_session (id, network_code, kind, title, course_code, programme_code, level, starts_at, place,
                                                  seats, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, now() + interval '7 days', '培训中心 Training centre', ?, 'it')""")) {
                insert.setObject(1, id);
                insert.setString(2, network);
                insert.setString(3, kind);
                insert.setString(4, kind + " " + programmeOrCourse + (level == null ? "" : " L" + level));
                insert.setString(5, training ? programmeOrCourse : null);
                insert.setString(6, training ? null : programmeOrCourse);
                insert.setObject(7, level);
                insert.setInt(8, seats);
                insert.executeUpdate();
            }
        });
        return id.toString();
    }

    /** Time passes: the session started a minute ago. */
    public static void started(String network, String dealer, String session) throws SQLException {
        write(network, dealer, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE training_session SET starts_at = now() - interval '1 minute' WHERE id = ?")) {
                update.setObject(1, UUID.fromString(session));
                update.executeUpdate();
            }
        });
    }

    /** The person attended a session of a training course that took place. */
    public static void attendedTraining(String network, String dealer, Person person, String course) throws SQLException {
        String session = session(network, dealer, "TRAINING", course, null, 30);
        write(network, dealer, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO session_seat (session_id, person_id, network_code, dealer_code, reserved_at, attended)
                    VALUES (?, ?, ?, ?, now(), true)""")) {
                insert.setObject(1, UUID.fromString(session));
                insert.setObject(2, person.id());
                insert.setString(3, network);
                insert.setString(4, dealer);
                insert.executeUpdate();
            }
        });
        started(network, dealer, session);
    }

    private static void write(String network, String dealer, Work work) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword())) {
            connection.setAutoCommit(false);
            try (PreparedStatement scope = connection.prepareStatement("SELECT public.dealerhub_enter_scope('DEALER', ?, ?, '')")) {
                scope.setString(1, network);
                scope.setString(2, dealer);
                scope.execute();
            }
            work.run(connection);
            connection.commit();
        }
    }
}
