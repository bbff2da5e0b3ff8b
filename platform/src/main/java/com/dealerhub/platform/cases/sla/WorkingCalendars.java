package com.dealerhub.platform.cases.sla;

import com.dealerhub.platform.cases.sla.WorkingCalendar.DayKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads a network's working calendar, in the caller's transaction, for the clocks that count working time. */
@ApplicationScoped
public class WorkingCalendars {

    @PersistenceContext
    EntityManager em;

    public WorkingCalendar of(String network) {
        List<?> hours = em.createNativeQuery("SELECT zone, opens, closes, weekdays FROM working_calendar WHERE network_code = ?1")
                .setParameter(1, network).getResultList();
        if (hours.isEmpty()) {
            throw new IllegalStateException("network " + network + " has no working calendar");
        }
        Object[] row = (Object[]) hours.getFirst();
        Set<DayOfWeek> weekdays = Arrays.stream((Integer[]) row[3]).map(DayOfWeek::of).collect(Collectors.toSet());
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        for (Object day : em.createNativeQuery("SELECT day, kind FROM calendar_day WHERE network_code = ?1")
                .setParameter(1, network).getResultList()) {
            Object[] d = (Object[]) day;
            exceptions.put(((java.sql.Date) d[0]).toLocalDate(), DayKind.valueOf((String) d[1]));
        }
        List<?> entered = em.createNativeQuery("SELECT year FROM calendar_year WHERE network_code = ?1")
                .setParameter(1, network).getResultList();
        Set<Integer> years = entered.stream().map(y -> ((Number) y).intValue()).collect(Collectors.toSet());
        return new WorkingCalendar(ZoneId.of((String) row[0]), ((Time) row[1]).toLocalTime(), ((Time) row[2]).toLocalTime(),
                weekdays, exceptions, years);
    }
}
