package com.dealerhub.platform.cases;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCaseTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T08:00:00Z");

    @Test
    void anOpenedCaseStartsItsTimeline() {
        ServiceCase opened = ServiceCase.open("CP-2026-0000001", CaseType.COMPLAINT, "aurora-e01", "aurora",
                "Engine noise", null, "aurora-e01-claims", OPENED);

        assertThat(opened.state()).isEqualTo("OPEN");
        assertThat(opened.description()).isEmpty();
        assertThat(opened.timeline()).singleElement()
                .satisfies(step -> {
                    assertThat(step.action()).isEqualTo("OPEN");
                    assertThat(step.actor()).isEqualTo("aurora-e01-claims");
                    assertThat(step.toState()).isEqualTo("OPEN");
                });
    }

    @Test
    void everyTransitionIsRecordedWithWhoWhenAndWhy() {
        ServiceCase c = ServiceCase.open("CP-1", CaseType.COMPLAINT, "aurora-e01", "aurora", "s", "d", "clerk", OPENED);
        Instant later = OPENED.plusSeconds(3600);

        c.moveTo("RESOLVE", "RESOLVED", "clerk", "part replaced", later);

        assertThat(c.state()).isEqualTo("RESOLVED");
        assertThat(c.updatedAt()).isEqualTo(later);
        assertThat(c.timeline()).hasSize(2).last().satisfies(step -> {
            assertThat(step.fromState()).isEqualTo("OPEN");
            assertThat(step.toState()).isEqualTo("RESOLVED");
            assertThat(step.note()).isEqualTo("part replaced");
            assertThat(step.at()).isEqualTo(later);
        });
    }
}
