package com.dealerhub.platform.complaints;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DOMAIN section 3's boundary cases of the repeat rule. */
class RepeatRuleTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    static Instant hoursAfter(long hours) {
        return T.plus(Duration.ofHours(hours));
    }

    @Test
    void threeInsideFortyEightHoursEscalate() {
        assertTrue(RepeatRule.escalation(List.of(T, hoursAfter(20)), hoursAfter(47)).isPresent());
    }

    @Test
    void threeSpreadOverFortyNineHoursDoNot() {
        assertFalse(RepeatRule.escalation(List.of(T, hoursAfter(20)), hoursAfter(49)).isPresent());
    }

    @Test
    void exactlyFortyEightHoursIsInside() {
        assertTrue(RepeatRule.escalation(List.of(T, hoursAfter(20)), hoursAfter(48)).isPresent());
        assertFalse(RepeatRule.escalation(List.of(T, hoursAfter(20)), hoursAfter(48).plusSeconds(1)).isPresent());
    }

    @Test
    void twoAreNotARepeat() {
        assertFalse(RepeatRule.escalation(List.of(hoursAfter(1)), hoursAfter(2)).isPresent());
    }

    @Test
    void aFourthInsideTheWindowEscalatesAgain() {
        assertTrue(RepeatRule.escalation(List.of(T, hoursAfter(1), hoursAfter(2)), hoursAfter(3)).isPresent());
    }
}
