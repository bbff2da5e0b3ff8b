package com.dealerhub.platform.training.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as the API shows it: its seats taken (by every dealer) and free; in the detail, the seats
 * the caller may see (the training department every seat, a dealer its own people's).
 */
public record SessionView(UUID id, SessionKind kind, String title, String courseCode, String programme, Integer level,
                          Instant startsAt, String place, int seats, int seatsTaken, int seatsFree, boolean started,
                          UUID notice, String createdBy, List<SeatView> seatList) {

    /** A seat: whose, of which dealer, since when, for which certification application, and whether they attended. */
    public record SeatView(UUID person, String staffNumber, String name, String dealer, Instant reservedAt,
                           UUID application, Boolean attended) {
    }
}
