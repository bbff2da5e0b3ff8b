package com.dealerhub.platform.complaints;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a fixed fault with a satisfied customer closes; each of the seeds' non-closure conditions is refused. */
class ClosureRuleTest {

    @Test
    void aFixedFaultAndASatisfiedCustomerClose() {
        assertTrue(ClosureRule.refusal(ClosureRule.FIXED_AND_SATISFIED).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(NonClosureReason.class)
    void everyNonClosureConditionIsRefusedAndPointsToADelay(NonClosureReason condition) {
        assertTrue(ClosureRule.refusal(condition.name()).orElseThrow().contains("delay"));
    }

    @Test
    void anUnknownOutcomeIsRefused() {
        assertTrue(ClosureRule.refusal("CLOSED_ANYWAY").isPresent());
    }
}
