package com.dealerhub.platform.training.sessions;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When a session's seats may change: a dealer enrols its people into a training course and cancels
 * before it starts; the training department records attendance of a training course once it has started.
 */
final class SessionRules {

    private SessionRules() {
    }

    /** A new session: a training course names its course, an exam or a certification its programme level; it lies ahead. */
    static void requireValid(SessionRequests.Create request, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.kind() == SessionKind.TRAINING) {
            if (request.courseCode() == null) {
                errors.add(new Problem.FieldError("courseCode", "required: the course a training session teaches"));
            }
            if (request.programme() != null) {
                errors.add(new Problem.FieldError("programme", "a training session names a course, not a programme"));
            }
            if (request.level() != null) {
                errors.add(new Problem.FieldError("level", "a training session names a course, not a level"));
            }
        } else {
            if (request.courseCode() != null) {
                errors.add(new Problem.FieldError("courseCode", "only a training session names a course"));
            }
            if (request.programme() == null) {
                errors.add(new Problem.FieldError("programme", "required: the programme the session certifies"));
            }
            if (request.level() == null) {
                errors.add(new Problem.FieldError("level", "required: the level the session certifies"));
            }
        }
        if (!request.startsAt().isAfter(now)) {
            errors.add(new Problem.FieldError("startsAt", "must lie in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields("the session is not valid", errors);
        }
    }

    static void requireOpenToEnrolment(SessionKind kind, Instant startsAt, Instant now) {
        if (!kind.openToEnrolment()) {
            throw new Conflict("session", "seats of a " + words(kind) + " are taken by certification applications, not by enrolment");
        }
        requireNotStarted(startsAt, now);
    }

    /** A seat taken for a certification application is released by its application, not cancelled here. */
    static void requireCancellable(Instant startsAt, UUID application, Instant now) {
        if (application != null) {
            throw new Conflict("person", "this seat belongs to a certification application; it is released there");
        }
        requireNotStarted(startsAt, now);
    }

    static void requireAttendanceRecordable(SessionKind kind, Instant startsAt, Instant now) {
        if (kind != SessionKind.TRAINING) {
            throw new Conflict("session", "attendance is recorded for training sessions; a " + words(kind)
                    + " has its results in the certification application");
        }
        if (startsAt.isAfter(now)) {
            throw new Conflict("session", "attendance is recorded once the session has started");
        }
    }

    private static void requireNotStarted(Instant startsAt, Instant now) {
        if (!startsAt.isAfter(now)) {
            throw new Conflict("session", "the session has already started");
        }
    }

    private static String words(SessionKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
