package com.dealerhub.platform.training.certificates;

import com.dealerhub.platform.training.TrainingDay;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderLeadTest {

    private static final LocalDate VALID_THROUGH = LocalDate.of(2026, 12, 31);

    private static Optional<Integer> dueDaysBefore(int daysLeft, Integer... sent) {
        return ReminderLead.due(VALID_THROUGH, VALID_THROUGH.minusDays(daysLeft), Set.of(sent));
    }

    @Test
    void nothingBeforeNinetyDays() {
        assertThat(dueDaysBefore(91)).isEmpty();
    }

    @Test
    void eachLeadTimeOnItsDay() {
        assertThat(dueDaysBefore(90)).contains(90);
        assertThat(dueDaysBefore(60, 90)).contains(60);
        assertThat(dueDaysBefore(30, 90, 60)).contains(30);
        assertThat(dueDaysBefore(7, 90, 60, 30)).contains(7);
        assertThat(dueDaysBefore(0, 90, 60, 30)).contains(7);
    }

    @Test
    void aLeadTimeSentIsNotSentAgain() {
        assertThat(dueDaysBefore(89, 90)).isEmpty();
        assertThat(dueDaysBefore(31, 90, 60)).isEmpty();
        assertThat(dueDaysBefore(1, 90, 60, 30, 7)).isEmpty();
    }

    @Test
    void afterMissedLeadTimesOnlyTheNearestIsSent() {
        // the server was down from 95 to 25 days before: 90 and 60 were missed, only 30 goes out
        assertThat(dueDaysBefore(25)).contains(30);
        assertThat(dueDaysBefore(24, 30)).isEmpty();
        assertThat(dueDaysBefore(3, 90)).contains(7);
    }

    @Test
    void anExpiredCertificateIsNotReminded() {
        assertThat(dueDaysBefore(-1)).isEmpty();
    }

    @Test
    void theDayComesFromTheInjectedClockInShanghai() {
        // 23 December 2026 at 16:30 UTC is already 24 December in Shanghai: 7 days left
        LocalDate today = TrainingDay.today(Clock.fixed(Instant.parse("2026-12-23T16:30:00Z"), ZoneOffset.UTC));
        assertThat(ReminderLead.due(VALID_THROUGH, today, List.of(90, 60, 30))).contains(7);
        LocalDate dayBefore = TrainingDay.today(Clock.fixed(Instant.parse("2026-12-23T15:59:59Z"), ZoneOffset.UTC));
        assertThat(ReminderLead.due(VALID_THROUGH, dayBefore, List.of(90, 60, 30))).isEmpty();
    }
}
