package com.dealerhub.platform.servicefeed.rules;

import com.dealerhub.platform.cases.sla.WorkingCalendar;
import com.dealerhub.platform.cases.sla.WorkingCalendar.DayKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The derived booleans of the feed contract at their exact boundaries. */
class DerivedRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Monday to Friday; 1–7 Oct 2026 holidays (weekdays 1, 2, 5, 6, 7), Saturday 10 Oct a make-up working day. */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(SHANGHAI, LocalTime.of(8, 30), LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Map.of(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
                    LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
                    LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKING_DAY),
            Set.of(2026));

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return at(2026, month, day, hour, minute);
    }

    @Test
    void anEstimateExactlyTenPercentOffIsAccurateAndOneCentMoreIsNot() {
        assertThat(EstimateAccurate.test(new BigDecimal("1100.00"), new BigDecimal("1000.00"))).isTrue();
        assertThat(EstimateAccurate.test(new BigDecimal("900.00"), new BigDecimal("1000.00"))).isTrue();
        assertThat(EstimateAccurate.test(new BigDecimal("1100.01"), new BigDecimal("1000.00"))).isFalse();
        assertThat(EstimateAccurate.test(new BigDecimal("899.99"), new BigDecimal("1000.00"))).isFalse();
    }

    @Test
    void anEstimateIsAccurateOnlyWhenBothAmountsAreKnown() {
        assertThat(EstimateAccurate.test(null, new BigDecimal("1000"))).isFalse();
        assertThat(EstimateAccurate.test(new BigDecimal("1000"), null)).isFalse();
        assertThat(EstimateAccurate.test(BigDecimal.ZERO, BigDecimal.ZERO)).isTrue();
    }

    @Test
    void deliveryAtThePromisedMinuteIsOnTimeAndOneSecondLaterIsNot() {
        Instant promised = at(3, 2, 17, 0);
        assertThat(DeliveredOnTime.test(promised, promised)).isTrue();
        assertThat(DeliveredOnTime.test(promised, promised.minusSeconds(60))).isTrue();
        assertThat(DeliveredOnTime.test(promised, promised.plusSeconds(1))).isFalse();
        assertThat(DeliveredOnTime.test(promised, null)).as("not delivered").isFalse();
        assertThat(DeliveredOnTime.test(null, promised)).as("nothing promised").isFalse();
    }

    @Test
    void arrivalUpToFifteenMinutesAfterTheBookedTimeIsOnTime() {
        Instant booked = at(3, 2, 9, 0);
        assertThat(ArrivedOnTime.test(booked, at(3, 2, 9, 15))).isTrue();
        assertThat(ArrivedOnTime.test(booked, at(3, 2, 9, 15).plusSeconds(1))).isFalse();
        assertThat(ArrivedOnTime.test(booked, at(3, 2, 8, 40))).isTrue();
        assertThat(ArrivedOnTime.test(booked, null)).isFalse();
    }

    @Test
    void aCallbackWindowAfterAFridayDeliveryRunsOverTheWeekendToWednesday() {
        Instant friday = at(9, 18, 16, 0);
        assertThat(CallbackWindow.withinThreeWorkingDays(friday, at(9, 23, 23, 59), CALENDAR)).as("Wednesday").isTrue();
        assertThat(CallbackWindow.withinThreeWorkingDays(friday, at(9, 24, 0, 0), CALENDAR)).as("Thursday").isFalse();
        assertThat(CallbackWindow.withinSevenDays(friday, at(9, 24, 9, 0), CALENDAR)).isTrue();
    }

    @Test
    void aCallbackWindowSkipsTheHolidaysAndCountsTheMakeUpWorkingDay() {
        // Wednesday 30 Sep: 1–7 Oct off (weekend included), Thursday 8 and Friday 9 worked, Saturday 10 a make-up day.
        Instant delivered = at(9, 30, 15, 0);
        assertThat(CallbackWindow.withinThreeWorkingDays(delivered, at(10, 10, 18, 0), CALENDAR)).isTrue();
        assertThat(CallbackWindow.withinThreeWorkingDays(delivered, at(10, 11, 9, 0), CALENDAR)).isFalse();
        assertThat(CallbackWindow.withinSevenDays(delivered, at(10, 7, 23, 59), CALENDAR)).isTrue();
        assertThat(CallbackWindow.withinSevenDays(delivered, at(10, 8, 0, 0), CALENDAR)).as("the eighth day").isFalse();
    }

    @Test
    void theDeliveryDayIsCountedInTheNetworksZoneNotInUtc() {
        // 00:30 on Tuesday 22 Sep in Shanghai is still Monday in UTC: the window runs to Friday 25 Sep.
        Instant delivered = at(9, 22, 0, 30);
        assertThat(CallbackWindow.withinThreeWorkingDays(delivered, at(9, 25, 20, 0), CALENDAR)).isTrue();
        assertThat(CallbackWindow.withinThreeWorkingDays(delivered, at(9, 26, 0, 0), CALENDAR)).isFalse();
    }

    @Test
    void aYearWithoutHolidaysCountsCalendarDaysAsTheSlaClocksDo() {
        // 2027 not entered: Thursday 30 Dec 2027 + 3 calendar days = Sunday 2 Jan 2028.
        Instant delivered = at(2027, 12, 30, 10, 0);
        assertThat(CallbackWindow.withinThreeWorkingDays(delivered, at(2028, 1, 2, 20, 0), CALENDAR)).isTrue();
        assertThat(CallbackWindow.withinThreeWorkingDays(delivered, at(2028, 1, 3, 9, 0), CALENDAR)).isFalse();
    }

    @Test
    void aCallBeforeTheDeliveryOrNoCallIsWithinNoWindow() {
        Instant delivered = at(9, 22, 10, 0);
        assertThat(CallbackWindow.withinThreeWorkingDays(delivered, delivered.minusSeconds(1), CALENDAR)).isFalse();
        assertThat(CallbackWindow.withinSevenDays(delivered, null, CALENDAR)).isFalse();
        assertThat(CallbackWindow.withinThreeWorkingDays(delivered, delivered, CALENDAR)).isTrue();
    }
}
