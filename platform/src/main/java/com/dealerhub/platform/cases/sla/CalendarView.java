package com.dealerhub.platform.cases.sla;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A network's working calendar as head office sees it.
 *
 * @param years           the years whose holidays and make-up working days were entered
 * @param nextYearMissing true when next year's days are not entered: clocks reaching into it will
 *                        count wall-clock time until they are
 * @param days            the entered days of the year asked for
 */
public record CalendarView(String zone, String opens, String closes, @Schema(type = SchemaType.ARRAY, implementation = DayOfWeek.class) List<DayOfWeek> weekdays, List<Integer> years,
                           boolean nextYearMissing, int year, List<Day> days) {

    public record Day(LocalDate day, WorkingCalendar.DayKind kind, String name) {
    }
}
