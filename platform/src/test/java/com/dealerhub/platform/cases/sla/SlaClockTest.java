package com.dealerhub.platform.cases.sla;

import com.dealerhub.platform.cases.sla.ClockPolicy.Timing;
import com.dealerhub.platform.cases.sla.WorkingCalendar.DayKind;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SLA arithmetic at its exact boundaries, on a calendar with the 2026 National Day holiday and its make-up days. */
class SlaClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 08:30–17:30, Monday to Friday; 20 Sep 2026 (a Sunday) is a make-up working day, 1–7 Oct are holidays. */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(SHANGHAI, LocalTime.of(8, 30), LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Map.of(LocalDate.of(2026, 9, 20), DayKind.WORKING_DAY, LocalDate.of(2026, 10, 10), DayKind.WORKING_DAY,
                    LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
                    LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
                    LocalDate.of(2026, 10, 7), DayKind.HOLIDAY),
            Set.of(2026));

    private static final ClockPolicy TWO_WORKING_HOURS = new ClockPolicy(Duration.ofHours(2), Timing.WORKING_TIME, Duration.ofMinutes(30));
    private static final ClockPolicy SEVENTY_TWO_HOURS = new ClockPolicy(Duration.ofHours(72), Timing.WALL_CLOCK, Duration.ZERO);

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void workingTimeSkipsTheWeekendButNotAMakeUpWorkingDay() {
        // Friday 18 Sep 16:30: one hour left that day; Saturday off; Sunday 20 Sep is worked.
        SlaClock clock = SlaClock.start(TWO_WORKING_HOURS, at(9, 18, 16, 30), CALENDAR);

        assertThat(clock.dueAt()).isEqualTo(at(9, 20, 9, 30));
        assertThat(clock.warnAt()).as("after an hour and a half of working time").isEqualTo(at(9, 20, 9, 0));
    }

    @Test
    void workingTimeSkipsThePublicHolidays() {
        // Wednesday 30 Sep 17:00: half an hour left; 1–7 Oct are the holiday (3–4 Oct its weekend); Thursday 8 Oct is worked.
        assertThat(SlaClock.start(TWO_WORKING_HOURS, at(9, 30, 17, 0), CALENDAR).dueAt()).isEqualTo(at(10, 8, 10, 0));
    }

    @Test
    void aClockStartedAtClosingTimeBeginsCountingAtTheNextOpening() {
        assertThat(SlaClock.start(TWO_WORKING_HOURS, at(9, 15, 17, 30), CALENDAR).dueAt()).isEqualTo(at(9, 16, 10, 30));
        assertThat(SlaClock.start(TWO_WORKING_HOURS, at(9, 15, 6, 0), CALENDAR).dueAt()).isEqualTo(at(9, 15, 10, 30));
    }

    @Test
    void aClockBreachesOnlyAfterItsDueInstant() {
        SlaClock clock = SlaClock.start(SEVENTY_TWO_HOURS, at(9, 15, 9, 0), CALENDAR);
        Instant due = at(9, 18, 9, 0);

        assertThat(clock.dueAt()).isEqualTo(due);
        assertThat(clock.status(due)).isEqualTo(SlaClock.Status.RUNNING);
        assertThat(clock.status(due.plusNanos(1))).isEqualTo(SlaClock.Status.BREACHED);
        assertThat(clock.stop(due, CALENDAR).status(due.plusSeconds(3600))).isEqualTo(SlaClock.Status.MET);
        assertThat(clock.stop(due.plusSeconds(1), CALENDAR).status(due.plusSeconds(1))).isEqualTo(SlaClock.Status.BREACHED);
        assertThat(clock.timeLeft(due.plusSeconds(60))).isEqualTo(Duration.ofSeconds(-60));
    }

    @Test
    void timePausedInAWaitStateDoesNotCount() {
        SlaClock running = SlaClock.start(SEVENTY_TWO_HOURS, at(9, 15, 9, 0), CALENDAR);

        SlaClock paused = running.pause(at(9, 16, 9, 0), "WAITING_FOR_PARTS", "零件缺货 part on order", CALENDAR);
        SlaClock resumed = paused.resume(at(9, 19, 9, 0), CALENDAR);

        assertThat(paused.status(at(9, 30, 0, 0))).isEqualTo(SlaClock.Status.PAUSED);
        assertThat(paused.dueAt()).isNull();
        assertThat(paused.counted()).isEqualTo(Duration.ofHours(24));
        assertThat(resumed.dueAt()).isEqualTo(at(9, 21, 9, 0));
        assertThatThrownBy(() -> running.pause(at(9, 16, 9, 0), "WAITING_FOR_PARTS", " ", CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeOfPolicyKeepsTheTimeAlreadyCounted() {
        SlaClock clock = SlaClock.start(SEVENTY_TWO_HOURS, at(9, 15, 9, 0), CALENDAR);

        SlaClock urgent = clock.withPolicy(new ClockPolicy(Duration.ofHours(24), Timing.WALL_CLOCK, Duration.ZERO), at(9, 15, 19, 0), CALENDAR);

        assertThat(urgent.counted()).isEqualTo(Duration.ofHours(10));
        assertThat(urgent.dueAt()).isEqualTo(at(9, 16, 9, 0));
        assertThat(urgent.startedAt()).isEqualTo(clock.startedAt());
    }

    @Test
    void withoutNextYearsCalendarAClockCountsWallClockTimeAndSaysSo() {
        SlaClock clock = SlaClock.start(TWO_WORKING_HOURS, LocalDateTime.of(2027, 1, 4, 9, 0).atZone(SHANGHAI).toInstant(), CALENDAR);

        assertThat(clock.fellBackToWallClock()).isTrue();
        assertThat(clock.missingYear()).isEqualTo(2027);
        assertThat(clock.dueAt()).isEqualTo(LocalDateTime.of(2027, 1, 4, 11, 0).atZone(SHANGHAI).toInstant());
        assertThat(SlaClock.start(TWO_WORKING_HOURS, at(9, 15, 9, 0), CALENDAR).fellBackToWallClock()).isFalse();
    }

    @Test
    void workingTimeBetweenTwoInstantsCountsOnlyBusinessHoursOfWorkingDays() {
        assertThat(CALENDAR.workingTimeBetween(at(9, 30, 17, 0), at(10, 8, 10, 0))).isEqualTo(Duration.ofHours(2));
        assertThat(CALENDAR.workingTimeBetween(at(9, 18, 12, 0), at(9, 18, 12, 0))).isZero();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 10))).as("a Saturday made a working day").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 2))).as("a Friday holiday").isFalse();
    }

    private static final ClockPolicy ANSWER_TODAY = new ClockPolicy(Duration.ofHours(1), Timing.CLOSE_OF_BUSINESS, Duration.ofMinutes(30));

    @Test
    void anAnswerTodayIsDueAtTheCloseOfBusinessWhenAnHourIsLeft() {
        SlaClock clock = SlaClock.start(ANSWER_TODAY, at(9, 16, 16, 30), CALENDAR);

        assertThat(clock.dueAt()).as("exactly an hour left at 16:30").isEqualTo(at(9, 16, 17, 30));
        assertThat(clock.warnAt()).isEqualTo(at(9, 16, 17, 0));
        assertThat(clock.status(at(9, 16, 17, 30))).isEqualTo(SlaClock.Status.RUNNING);
        assertThat(clock.status(at(9, 16, 17, 31))).isEqualTo(SlaClock.Status.BREACHED);
    }

    @Test
    void withLessThanTheMinimumLeftTheAnswerIsDueAtTheNextWorkingDaysClose() {
        // Friday 18 Sep 16:31, 59 minutes left; Saturday off; Sunday 20 Sep is a make-up working day.
        assertThat(SlaClock.start(ANSWER_TODAY, at(9, 18, 16, 31), CALENDAR).dueAt()).isEqualTo(at(9, 20, 17, 30));
        // Wednesday 30 Sep after closing: the National Day holiday runs to 7 Oct; Thursday 8 Oct is worked.
        assertThat(SlaClock.start(ANSWER_TODAY, at(9, 30, 18, 0), CALENDAR).dueAt()).isEqualTo(at(10, 8, 17, 30));
        // Before opening, the same day counts.
        assertThat(SlaClock.start(ANSWER_TODAY, at(9, 16, 7, 0), CALENDAR).dueAt()).isEqualTo(at(9, 16, 17, 30));
    }

    @Test
    void anAnswerTodayInAYearWithoutACalendarFallsBackVisibly() {
        SlaClock clock = SlaClock.start(ANSWER_TODAY, LocalDateTime.of(2027, 1, 4, 10, 0).atZone(SHANGHAI).toInstant(), CALENDAR);

        assertThat(clock.fellBackToWallClock()).isTrue();
        assertThat(clock.missingYear()).isEqualTo(2027);
    }
}
