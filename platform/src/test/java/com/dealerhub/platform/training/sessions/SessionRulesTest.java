package com.dealerhub.platform.training.sessions;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidFields;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seats and capacity; when a session's seats may change; what a new session must name. */
class SessionRulesTest {

    static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void aSessionIsFullWhenEverySeatIsTakenByAnyDealer() {
        assertFalse(new SeatCount(2, 1).full());
        assertEquals(1, new SeatCount(2, 1).free());
        assertTrue(new SeatCount(2, 2).full());
        assertEquals(0, new SeatCount(2, 2).free());
        assertEquals(0, new SeatCount(2, 3).free(), "never negative, whatever was reduced");
    }

    @Test
    void dealersEnrolIntoTrainingCoursesOnlyAndBeforeTheyStart() {
        assertDoesNotThrow(() -> SessionRules.requireOpenToEnrolment(SessionKind.TRAINING, LATER, NOW));
        Conflict started = assertThrows(Conflict.class, () -> SessionRules.requireOpenToEnrolment(SessionKind.TRAINING, NOW, NOW));
        assertEquals(409, started.problem().status());
        assertTrue(started.getMessage().contains("started"));
        for (SessionKind kind : List.of(SessionKind.WRITTEN_EXAM, SessionKind.CERTIFICATION)) {
            Conflict invitationOnly = assertThrows(Conflict.class, () -> SessionRules.requireOpenToEnrolment(kind, LATER, NOW));
            assertTrue(invitationOnly.getMessage().contains("certification applications"), invitationOnly.getMessage());
        }
    }

    @Test
    void aSeatIsCancelledBeforeTheStartUnlessAnApplicationHoldsIt() {
        assertDoesNotThrow(() -> SessionRules.requireCancellable(LATER, null, NOW));
        assertThrows(Conflict.class, () -> SessionRules.requireCancellable(NOW.minusSeconds(1), null, NOW));
        assertThrows(Conflict.class, () -> SessionRules.requireCancellable(LATER, UUID.randomUUID(), NOW));
    }

    @Test
    void attendanceIsRecordedForTrainingCoursesOnceStarted() {
        assertDoesNotThrow(() -> SessionRules.requireAttendanceRecordable(SessionKind.TRAINING, NOW, NOW));
        assertThrows(Conflict.class, () -> SessionRules.requireAttendanceRecordable(SessionKind.TRAINING, LATER, NOW));
        assertThrows(Conflict.class, () -> SessionRules.requireAttendanceRecordable(SessionKind.CERTIFICATION, NOW.minusSeconds(60), NOW));
    }

    @Test
    void aTrainingSessionNamesItsCourseAndAnExamItsProgrammeLevel() {
        assertDoesNotThrow(() -> SessionRules.requireValid(create(SessionKind.TRAINING, "SA-BASICS", null, null, LATER), NOW));
        assertDoesNotThrow(() -> SessionRules.requireValid(create(SessionKind.WRITTEN_EXAM, null, "SERVICE_ADVISOR", 2, LATER), NOW));
        assertEquals(List.of("courseCode"), fields(create(SessionKind.TRAINING, null, null, null, LATER)));
        assertEquals(List.of("programme", "level"), fields(create(SessionKind.TRAINING, "SA-BASICS", "TECHNICIAN", 1, LATER)));
        assertEquals(List.of("courseCode", "programme", "level"), fields(create(SessionKind.CERTIFICATION, "SA-BASICS", null, null, LATER)));
        assertEquals(List.of("startsAt"), fields(create(SessionKind.TRAINING, "SA-BASICS", null, null, NOW)));
    }

    private static List<String> fields(SessionRequests.Create request) {
        InvalidFields invalid = assertThrows(InvalidFields.class, () -> SessionRules.requireValid(request, NOW));
        return invalid.errors().stream().map(e -> e.field()).toList();
    }

    private static SessionRequests.Create create(SessionKind kind, String course, String programme, Integer level, Instant startsAt) {
        return new SessionRequests.Create(kind, "a session", course, programme, level, startsAt, "Shanghai", 10, null);
    }
}
