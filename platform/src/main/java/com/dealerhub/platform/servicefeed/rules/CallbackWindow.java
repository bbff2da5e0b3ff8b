package com.dealerhub.platform.servicefeed.rules;

import com.dealerhub.platform.cases.sla.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The follow-up call after a delivery (DOMAIN section 8): within 3 working days after the delivery
 * day, at most 7 days. Days are the network's calendar days in its zone; a call before the delivery
 * counts for neither. Where the calendar has no holidays entered for a year it needs, the working
 * days are counted as calendar days, as the SLA clocks count wall-clock time then.
 */
public final class CallbackWindow {

    static final int WORKING_DAYS = 3;
    static final int CALENDAR_DAYS = 7;

    private CallbackWindow() {
    }

    public static boolean withinThreeWorkingDays(Instant deliveredAt, Instant calledAt, WorkingCalendar calendar) {
        if (!calledInOrder(deliveredAt, calledAt)) {
            return false;
        }
        LocalDate delivered = LocalDate.ofInstant(deliveredAt, calendar.zone());
        LocalDate called = LocalDate.ofInstant(calledAt, calendar.zone());
        return !called.isAfter(lastWorkingDay(delivered, calendar));
    }

    public static boolean withinSevenDays(Instant deliveredAt, Instant calledAt, WorkingCalendar calendar) {
        if (!calledInOrder(deliveredAt, calledAt)) {
            return false;
        }
        LocalDate delivered = LocalDate.ofInstant(deliveredAt, calendar.zone());
        return !LocalDate.ofInstant(calledAt, calendar.zone()).isAfter(delivered.plusDays(CALENDAR_DAYS));
    }

    /** The third working day after the delivery day (the third calendar day where a year is not entered). */
    static LocalDate lastWorkingDay(LocalDate delivered, WorkingCalendar calendar) {
        try {
            LocalDate day = delivered;
            for (int counted = 0; counted < WORKING_DAYS; ) {
                day = day.plusDays(1);
                if (calendar.isWorkingDay(day)) {
                    counted++;
                }
            }
            return day;
        } catch (WorkingCalendar.YearNotCovered missing) {
            return delivered.plusDays(WORKING_DAYS);
        }
    }

    private static boolean calledInOrder(Instant deliveredAt, Instant calledAt) {
        return calledAt != null && !calledAt.isBefore(deliveredAt);
    }
}
