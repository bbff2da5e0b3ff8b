package com.dealerhub.platform.cases.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * When a network works: business hours on working days, in its time zone. Working days are the
 * usual weekdays, except the exceptions kept as data: public holidays, and the make-up working
 * days (调休) that mainland China moves onto weekends around them. No library knows those; they
 * are published each year, so a calendar covers the years head office has entered and says so.
 *
 * @param exceptions   days that differ from the weekday rule: {@link DayKind#HOLIDAY} on a weekday,
 *                     {@link DayKind#WORKING_DAY} on a weekend
 * @param yearsCovered the years whose holidays and make-up days were entered
 */
public record WorkingCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workingWeekdays,
                              Map<LocalDate, DayKind> exceptions, Set<Integer> yearsCovered) {

    public enum DayKind { HOLIDAY, WORKING_DAY }

    /** The longest a working-time sum may run before it is taken for a mistake (ten years of days). */
    private static final int MAX_DAYS = 3660;

    public WorkingCalendar {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("business hours must open before they close: " + opens + "–" + closes);
        }
        workingWeekdays = Set.copyOf(workingWeekdays);
        exceptions = Map.copyOf(exceptions);
        yearsCovered = Set.copyOf(yearsCovered);
    }

    /** A year whose holidays were not entered: working time cannot be counted in it. */
    public static final class YearNotCovered extends RuntimeException {
        private final int year;

        YearNotCovered(int year) {
            super("the working calendar has no holidays entered for " + year, null, false, false);
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    public boolean covers(int year) {
        return yearsCovered.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        requireCovered(day);
        DayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == DayKind.WORKING_DAY;
        }
        return workingWeekdays.contains(day.getDayOfWeek());
    }

    /** The instant at which {@code amount} of working time has passed after {@code from}. */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a negative amount of working time: " + amount);
        }
        LocalDateTime at = LocalDateTime.ofInstant(from, zone);
        Duration left = amount;
        for (int days = 0; days <= MAX_DAYS; days++) {
            LocalDate day = at.toLocalDate();
            if (isWorkingDay(day)) {
                LocalDateTime start = later(at, day.atTime(opens));
                LocalDateTime end = day.atTime(closes);
                if (start.isBefore(end)) {
                    Duration open = Duration.between(start, end);
                    if (left.compareTo(open) <= 0) {
                        return ZonedDateTime.of(start.plus(left), zone).toInstant();
                    }
                    left = left.minus(open);
                }
            }
            at = day.plusDays(1).atStartOfDay();
        }
        throw new IllegalArgumentException("working time " + amount + " does not end within " + MAX_DAYS + " days");
    }

    /**
     * The close of business of the first working day, from {@code from}'s own, that still leaves at least
     * {@code atLeast} of working time after {@code from} ("answer before the end of the working day",
     * with time to do it). A minimum longer than a whole day's business hours counts as the whole day.
     */
    public Instant closeOfBusiness(Instant from, Duration atLeast) {
        Duration businessDay = Duration.between(opens, closes);
        Duration needed = atLeast.compareTo(businessDay) > 0 ? businessDay : atLeast;
        LocalDateTime at = LocalDateTime.ofInstant(from, zone);
        for (int days = 0; days <= MAX_DAYS; days++) {
            LocalDate day = at.toLocalDate();
            if (isWorkingDay(day)) {
                LocalDateTime start = later(at, day.atTime(opens));
                LocalDateTime end = day.atTime(closes);
                if (start.isBefore(end) && Duration.between(start, end).compareTo(needed) >= 0) {
                    return ZonedDateTime.of(end, zone).toInstant();
                }
            }
            at = day.plusDays(1).atStartOfDay();
        }
        throw new IllegalArgumentException("no working day within " + MAX_DAYS + " days");
    }

    /** The working time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDateTime at = LocalDateTime.ofInstant(from, zone);
        LocalDateTime until = LocalDateTime.ofInstant(to, zone);
        for (int days = 0; at.isBefore(until); days++) {
            if (days > MAX_DAYS) {
                throw new IllegalArgumentException("a span of more than " + MAX_DAYS + " days");
            }
            LocalDate day = at.toLocalDate();
            if (isWorkingDay(day)) {
                LocalDateTime start = later(at, day.atTime(opens));
                LocalDateTime end = earlier(until, day.atTime(closes));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            at = day.plusDays(1).atStartOfDay();
        }
        return total;
    }

    private void requireCovered(LocalDate day) {
        if (!covers(day.getYear())) {
            throw new YearNotCovered(day.getYear());
        }
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
