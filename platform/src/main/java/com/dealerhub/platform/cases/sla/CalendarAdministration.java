package com.dealerhub.platform.cases.sla;

import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.hibernate.Session;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Head office keeps its network's working calendar: business hours, and for each year the public
 * holidays and make-up working days as published. Every change goes to the audit log.
 */
@TenantService
public class CalendarAdministration {

    /** Head office's back office and IT keep the calendar, as they keep regions and dealers. */
    static final String EDITING_ROLE = "oem-it";

    public record Hours(String zone, LocalTime opens, LocalTime closes, List<DayOfWeek> weekdays) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public CalendarView view(Integer year) {
        String network = CurrentCaller.require().network();
        if (network == null) {
            throw new Forbidden("a working calendar belongs to an OEM network");
        }
        Object[] hours = (Object[]) em.createNativeQuery("SELECT zone, opens, closes, weekdays FROM working_calendar WHERE network_code = ?1")
                .setParameter(1, network).getSingleResult();
        List<?> entered = em.createNativeQuery("SELECT year FROM calendar_year WHERE network_code = ?1 ORDER BY year")
                .setParameter(1, network).getResultList();
        List<Integer> years = entered.stream().map(y -> ((Number) y).intValue()).toList();
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        List<?> rows = em.createNativeQuery("SELECT day, kind, name FROM calendar_day WHERE network_code = ?1 AND year = ?2 ORDER BY day")
                .setParameter(1, network).setParameter(2, shown).getResultList();
        List<CalendarView.Day> days = rows.stream().map(Object[].class::cast)
                .map(d -> new CalendarView.Day(((Date) d[0]).toLocalDate(), WorkingCalendar.DayKind.valueOf((String) d[1]), (String) d[2]))
                .toList();
        List<DayOfWeek> weekdays = java.util.Arrays.stream((Integer[]) hours[3]).map(DayOfWeek::of).toList();
        return new CalendarView((String) hours[0], hours[1].toString().substring(0, 5), hours[2].toString().substring(0, 5), weekdays,
                years, !years.contains(LocalDate.now(clock).getYear() + 1), shown, days);
    }

    public CalendarView setHours(Hours hours) {
        Caller caller = requireEditor();
        try {
            ZoneId.of(hours.zone());
        } catch (java.time.DateTimeException e) {
            throw new InvalidField("zone", "a time zone such as Asia/Shanghai");
        }
        if (!hours.opens().isBefore(hours.closes())) {
            throw new InvalidField("closes", "business hours close after they open");
        }
        CalendarView before = view(null);
        em.createNativeQuery("UPDATE working_calendar SET zone = ?2, opens = ?3, closes = ?4, weekdays = ?5 WHERE network_code = ?1")
                .setParameter(1, caller.network()).setParameter(2, hours.zone())
                .setParameter(3, java.sql.Time.valueOf(hours.opens())).setParameter(4, java.sql.Time.valueOf(hours.closes()))
                .setParameter(5, hours.weekdays().stream().distinct().map(DayOfWeek::getValue).toArray(Integer[]::new))
                .executeUpdate();
        CalendarView after = view(null);
        audit(caller, "CALENDAR_HOURS_CHANGED", "hours", hoursJson(before), hoursJson(after));
        return after;
    }

    /** Replaces a year's holidays and make-up working days; the year then counts as entered. */
    public CalendarView setYear(int year, List<CalendarView.Day> days) {
        Caller caller = requireEditor();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i).day();
            if (day.getYear() != year) {
                throw new InvalidField("days[" + i + "].day", day + " is not in " + year);
            }
            if (!seen.add(day)) {
                throw new InvalidField("days[" + i + "].day", day + " is listed twice");
            }
        }
        int before = ((Number) em.createNativeQuery("SELECT count(*) FROM calendar_day WHERE network_code = ?1 AND year = ?2")
                .setParameter(1, caller.network()).setParameter(2, year).getSingleResult()).intValue();
        em.createNativeQuery("INSERT INTO calendar_year (network_code, year) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, caller.network()).setParameter(2, year).executeUpdate();
        em.createNativeQuery("DELETE FROM calendar_day WHERE network_code = ?1 AND year = ?2")
                .setParameter(1, caller.network()).setParameter(2, year).executeUpdate();
        for (CalendarView.Day day : days) {
            em.createNativeQuery("INSERT INTO calendar_day (network_code, day, kind, name) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, caller.network()).setParameter(2, Date.valueOf(day.day()))
                    .setParameter(3, day.kind().name()).setParameter(4, day.name().strip()).executeUpdate();
        }
        audit(caller, "CALENDAR_YEAR_SET", String.valueOf(year), JSON.createObjectBuilder().add("days", before).build(),
                JSON.createObjectBuilder().add("days", days.size()).build());
        return view(year);
    }

    private void audit(Caller caller, String action, String target, JsonObject before, JsonObject after) {
        em.unwrap(Session.class).doWork(connection -> AuditLog.record(connection, caller, caller.network(), action,
                "working-calendar", target, before, after));
    }

    private static JsonObject hoursJson(CalendarView view) {
        var weekdays = JSON.createArrayBuilder();
        view.weekdays().forEach(d -> weekdays.add(d.name()));
        return JSON.createObjectBuilder().add("zone", view.zone()).add("opens", view.opens()).add("closes", view.closes())
                .add("weekdays", weekdays).build();
    }

    private static Caller requireEditor() {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(EDITING_ROLE)) {
            throw new Forbidden("the working calendar is kept by head office (" + EDITING_ROLE + ")");
        }
        return caller;
    }
}
