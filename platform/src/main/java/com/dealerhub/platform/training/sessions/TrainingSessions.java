package com.dealerhub.platform.training.sessions;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The use cases of training sessions: the training department schedules them and records who attended
 * a training course; a dealer's admin enrols people of its roster into training courses and cancels
 * before the start. Everyone in the network reads sessions with their seats taken and free.
 */
@TenantService
public class TrainingSessions {

    /** Which sessions a list shows: those still ahead (soonest first) or those started (latest first). */
    public enum When { UPCOMING, PAST }

    private static final String COLUMNS = """
            SELECT id, kind, title, course_code, programme_code, level, starts_at, place, seats, seats_taken, notice_id,
                   created_by
            FROM training_session""";

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionSeats seats;

    @Inject
    Roster roster;

    @Inject
    TrainingCatalogue catalogue;

    @Inject
    Dealers dealers;

    @Inject
    Clock clock;

    public SessionView create(SessionRequests.Create request) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireTrainingDepartment(caller, "schedules sessions");
        SessionRules.requireValid(request, clock.instant());
        if (request.programme() != null) {
            if (!catalogue.programmeExists(caller.network(), request.programme())) {
                throw new InvalidField("programme", "no such programme in your network");
            }
            if (!catalogue.levelExists(caller.network(), request.programme(), request.level())) {
                throw new InvalidField("level", "no such level of " + request.programme());
            }
        }
        if (request.notice() != null && !catalogue.noticeExists(caller.network(), request.notice())) {
            throw new InvalidField("notice", "no such notice in your network");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO training_session (id, network_code, kind, title, course_code, programme_code, level,
                                                      notice_id, starts_at, place, seats, created_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, id).setParameter(2, caller.network()).setParameter(3, request.kind().name())
                .setParameter(4, request.title().strip()).setParameter(5, request.courseCode())
                .setParameter(6, request.programme()).setParameter(7, request.level())
                .setParameter(8, request.notice()).setParameter(9, request.startsAt())
                .setParameter(10, request.place().strip()).setParameter(11, request.seats())
                .setParameter(12, caller.username())
                .executeUpdate();
        return get(id);
    }

    public List<SessionView> list(When when, SessionKind kind, String programme) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireNetwork(caller);
        Instant now = clock.instant();
        String where = " WHERE network_code = :network"
                + (when == When.UPCOMING ? " AND starts_at > :now" : when == When.PAST ? " AND starts_at <= :now" : "")
                + (kind == null ? "" : " AND kind = :kind")
                + (programme == null ? "" : " AND programme_code = :programme");
        var query = em.createNativeQuery(COLUMNS + where + " ORDER BY starts_at" + (when == When.PAST ? " DESC" : "") + ", id")
                .setParameter("network", caller.network());
        if (when != null) {
            query.setParameter("now", now);
        }
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        if (programme != null) {
            query.setParameter("programme", programme);
        }
        return query.setMaxResults(200).getResultList().stream()
                .map(row -> StoredSession.of((Object[]) row).view(now, null)).toList();
    }

    public SessionView get(UUID id) {
        Caller caller = CurrentCaller.require();
        return load(caller, id).view(clock.instant(), seatsVisibleTo(caller, id));
    }

    /** A dealer's admin takes a seat in a training course for a person on its roster today. */
    public SessionView enrol(UUID id, SessionRequests.Enrolment enrolment) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireDealerAdmin(caller, "enrols people into training sessions");
        StoredSession session = load(caller, id);
        Instant now = clock.instant();
        SessionRules.requireOpenToEnrolment(session.kind(), session.startsAt(), now);
        if (!roster.worksAt(enrolment.person(), caller.dealer(), TrainingDay.today(clock))) {
            throw new InvalidField("person", "no such person on your roster");
        }
        seats.reserve("session", id, SessionKind.TRAINING.name(), null, null, enrolment.person(), caller.network(),
                caller.dealer(), null, now);
        return get(id);
    }

    /** Whom a dealer's admin may enrol into a training course: its people today without a seat in it. */
    public List<Roster.Member> enrolable(UUID id) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireDealerAdmin(caller, "enrols people into training sessions");
        load(caller, id);
        return roster.withoutSeatIn(id, caller.dealer(), TrainingDay.today(clock));
    }

    /** A dealer's admin gives back a seat of its own before the session starts. */
    public void cancel(UUID id, UUID person) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireDealerAdmin(caller, "cancels enrolments");
        StoredSession session = load(caller, id);
        List<?> seat = em.createNativeQuery("""
                        SELECT application_id FROM session_seat WHERE session_id = ?1 AND person_id = ?2 AND dealer_code = ?3""")
                .setParameter(1, id).setParameter(2, person).setParameter(3, caller.dealer()).getResultList();
        if (seat.isEmpty()) {
            throw new NotFound("seat", person);
        }
        SessionRules.requireCancellable(session.startsAt(), (UUID) seat.getFirst(), clock.instant());
        seats.release(id, person);
    }

    /** The training department records, per seat, whether its holder attended a training course that has started. */
    public SessionView recordAttendance(UUID id, SessionRequests.Attendance attendance) {
        Caller caller = CurrentCaller.require();
        TrainingRoles.requireTrainingDepartment(caller, "records attendance");
        StoredSession session = load(caller, id);
        SessionRules.requireAttendanceRecordable(session.kind(), session.startsAt(), clock.instant());
        List<UUID> seated = em.createNativeQuery("SELECT person_id FROM session_seat WHERE session_id = ?1", UUID.class)
                .setParameter(1, id).getResultList();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attendance.seats().size(); i++) {
            if (!seated.contains(attendance.seats().get(i).person())) {
                errors.add(new Problem.FieldError("seats[" + i + "].person", "holds no seat in this session"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields("attendance names people without a seat", errors);
        }
        attendance.seats().forEach(seat -> seats.recordAttendance(id, seat.person(), seat.attended()));
        return get(id);
    }

    private StoredSession load(Caller caller, UUID id) {
        TrainingRoles.requireNetwork(caller);
        List<?> rows = em.createNativeQuery(COLUMNS + " WHERE id = ?1 AND network_code = ?2")
                .setParameter(1, id).setParameter(2, caller.network()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("session", id);
        }
        return StoredSession.of((Object[]) rows.getFirst());
    }

    /** The training department sees every seat; anyone else the seats of the dealers within reach (a dealer: its own). */
    private List<SessionView.SeatView> seatsVisibleTo(Caller caller, UUID id) {
        List<String> reachable = dealers.codesReachedBy(caller);
        if (reachable.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT s.person_id, p.staff_number, p.name, s.dealer_code, s.reserved_at, s.application_id, s.attended
                        FROM session_seat s JOIN person p ON p.id = s.person_id
                        WHERE s.session_id = ?1 AND s.dealer_code = ANY (?2)
                        ORDER BY s.dealer_code, p.name, p.staff_number""")
                .setParameter(1, id).setParameter(2, reachable.toArray(String[]::new)).getResultList();
        return rows.stream().map(r -> {
            Object[] row = (Object[]) r;
            return new SessionView.SeatView((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                    NativeValues.instant(row[4]), (UUID) row[5], (Boolean) row[6]);
        }).toList();
    }
}
