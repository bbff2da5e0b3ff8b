package com.dealerhub.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The world a certification starts from, written straight into the database under the network's
 * row-level security scope: people on rosters, LMS records, sessions, attended trainings, and
 * time moved on (a session that has started). Each test makes its own people (unique staff numbers).
 */
public final class TrainingWorld {

    private TrainingWorld() {
    }

    /** A new person on a dealer's roster in a role since a day; returns the person's id. */
    public static String person(String network, String dealer, String role, LocalDate inRoleSince) {
        String id = UUID.randomUUID().toString();
        String staffNumber = "IT-" + id.substring(0, 8).toUpperCase();
        run(network, """
                INSERT INTO person (id, network_code, staff_number, name) VALUES (?::uuid, ?, ?, ?);
                """, id, network, staffNumber, "测试 " + staffNumber);
        run(network, """
                INSERT INTO roster_entry (id, network_code, dealer_code, person_id, role, hired_on, in_role_since)
                VALUES (gen_random_uuid(), ?, ?, ?::uuid, ?, ?, ?)""", network, dealer, id, role, inRoleSince, inRoleSince);
        return id;
    }

    /** An LMS record: a completion (score null) or a test score on a day. */
    public static void lms(String network, String person, String course, LocalDate on, Integer score) {
        run(network, """
                INSERT INTO lms_record (network_code, record_id, person_id, course_code, completed_on, score, tested_on)
                VALUES (?, ?, ?::uuid, ?, ?, ?, ?)""", network, "IT-" + UUID.randomUUID(), person, course,
                score == null ? on : null, score, score == null ? null : on);
    }

    /** A session of a programme level (WRITTEN_EXAM, CERTIFICATION) or of a training course (TRAINING), a week ahead. */
    public static String session(String network, String kind, String programmeOrCourse, Integer level, int seats) {
        String id = UUID.randomUUID().toString();
        boolean training = "TRAINING".equals(kind);
        run(network, """
                INSERT INTO training_session (id, network_code, kind, title, course_code, programme_code, level, starts_at, place, seats, created_by)
                VALUES (?::uuid, ?, ?, ?, ?, ?, ?, now() + interval '7 days', '培训中心 Training centre', ?, 'it')""",
                id, network, kind, kind + " " + programmeOrCourse + (level == null ? "" : " L" + level),
                training ? programmeOrCourse : null, training ? null : programmeOrCourse, level, seats);
        return id;
    }

    /** Time moves on: the session started an hour ago. */
    public static void started(String network, String session) {
        run(network, "UPDATE training_session SET starts_at = now() - interval '1 hour' WHERE id = ?::uuid", session);
    }

    /** The person attended a training session (of a course) that took place. */
    public static void attendedTraining(String network, String dealer, String person, String course) {
        String session = session(network, "TRAINING", course, null, 30);
        run(network, """
                INSERT INTO session_seat (session_id, person_id, network_code, dealer_code, reserved_at, attended)
                VALUES (?::uuid, ?::uuid, ?, ?, now(), true)""", session, person, network, dealer);
        started(network, session);
    }

    private static void run(String network, String sql, Object... values) {
        try (Connection connection = DriverManager.getConnection(Stack.databaseUrl(), "dealerhub_app", Stack.databasePassword())) {
            connection.setAutoCommit(false);
            try (PreparedStatement scope = connection.prepareStatement("SELECT public.dealerhub_enter_scope('NETWORK', ?, '', '')")) {
                scope.setString(1, network);
                scope.execute();
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
