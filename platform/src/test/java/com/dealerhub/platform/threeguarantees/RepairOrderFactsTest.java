package com.dealerhub.platform.threeguarantees;

import com.dealerhub.common.problem.InvalidField;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepairOrderFactsTest {

    private static final Instant OPENED = Instant.parse("2026-03-01T01:00:00Z");

    @Test
    void aRepairOrderTheLedgerCannotCountIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new RepairOrderFacts("RO-1", "LDH", OPENED, OPENED.minusSeconds(1), 10, null, false, null, 0))
                .isInstanceOf(InvalidField.class).satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("deliveredAt"));
        assertThatThrownBy(() -> new RepairOrderFacts("RO-1", "LDH", null, null, 10, null, false, null, 0))
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("openedAt"));
        assertThatThrownBy(() -> new RepairOrderFacts("RO-1", "LDH", OPENED, null, -1, null, false, null, 0))
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("mileage"));
        assertThatThrownBy(() -> new RepairOrderFacts("RO-1", "LDH", OPENED, null, 1, null, false, null, -2))
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("partsTransportDays"));
        assertThat(new RepairOrderFacts("RO-1", "LDH", OPENED, null, 1, "EN-101", true, MajorPart.ENGINE, 0).deliveredAt()).isNull();
    }
}
