package com.dealerhub.platform.training.certificates;

import com.dealerhub.platform.training.TrainingDay;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateStatusTest {

    private static final LocalDate VALID_THROUGH = LocalDate.of(2026, 12, 31);
    private static final int WINDOW = 90;

    private static CertificateStatus at(String instant) {
        return CertificateStatus.on(TrainingDay.today(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)), VALID_THROUGH, WINDOW);
    }

    @Test
    void validUntilMidnightInShanghaiOfItsLastDayAndExpiredFromMidnight() {
        // 23:59:59 on 31 December in Shanghai is 15:59:59 UTC; midnight of 1 January is 16:00 UTC
        assertThat(at("2026-12-31T15:59:59Z")).isEqualTo(CertificateStatus.IN_RENEWAL_WINDOW);
        assertThat(at("2026-12-31T16:00:00Z")).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(at("2026-12-31T16:00:00Z").grants()).isFalse();
    }

    @Test
    void theDayIsShanghaisNotUtcs() {
        // already 31 December in Shanghai while UTC still says the 30th
        assertThat(TrainingDay.today(Clock.fixed(Instant.parse("2026-12-30T16:00:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theRenewalWindowIsTheLastWindowDaysOfValidity() {
        LocalDate lastDayBefore = VALID_THROUGH.minusDays(WINDOW);
        assertThat(CertificateStatus.on(lastDayBefore, VALID_THROUGH, WINDOW)).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateStatus.on(lastDayBefore.plusDays(1), VALID_THROUGH, WINDOW)).isEqualTo(CertificateStatus.IN_RENEWAL_WINDOW);
        assertThat(CertificateStatus.on(VALID_THROUGH, VALID_THROUGH, WINDOW)).isEqualTo(CertificateStatus.IN_RENEWAL_WINDOW);
        assertThat(CertificateStatus.on(VALID_THROUGH, VALID_THROUGH, WINDOW).grants()).isTrue();
        assertThat(CertificateStatus.on(VALID_THROUGH.plusDays(1), VALID_THROUGH, WINDOW)).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void aOneDayWindowIsTheLastDayOnly() {
        assertThat(CertificateStatus.on(VALID_THROUGH.minusDays(1), VALID_THROUGH, 1)).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateStatus.on(VALID_THROUGH, VALID_THROUGH, 1)).isEqualTo(CertificateStatus.IN_RENEWAL_WINDOW);
    }
}
