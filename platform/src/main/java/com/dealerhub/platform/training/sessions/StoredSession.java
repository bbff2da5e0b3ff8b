package com.dealerhub.platform.training.sessions;

import com.dealerhub.platform.cases.NativeValues;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A training_session row as read. */
record StoredSession(UUID id, SessionKind kind, String title, String courseCode, String programme, Integer level,
                     Instant startsAt, String place, SeatCount count, UUID notice, String createdBy) {

    static StoredSession of(Object[] row) {
        return new StoredSession((UUID) row[0], SessionKind.valueOf((String) row[1]), (String) row[2], (String) row[3],
                (String) row[4], row[5] == null ? null : ((Number) row[5]).intValue(), NativeValues.instant(row[6]), (String) row[7],
                new SeatCount(((Number) row[8]).intValue(), ((Number) row[9]).intValue()), (UUID) row[10], (String) row[11]);
    }

    SessionView view(Instant now, List<SessionView.SeatView> seatList) {
        return new SessionView(id, kind, title, courseCode, programme, level, startsAt, place, count.seats(),
                count.taken(), count.free(), !startsAt.isAfter(now), notice, createdBy, seatList);
    }
}
