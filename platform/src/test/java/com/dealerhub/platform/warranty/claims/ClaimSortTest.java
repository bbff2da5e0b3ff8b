package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.InvalidField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimSortTest {

    private static final ClaimSort FALLBACK = new ClaimSort(ClaimSort.Field.UPDATED_AT, false);

    @Test
    void ordersByTheChosenFieldAndBreaksTiesByNumber() {
        assertThat(ClaimSort.parse("claimedAmount,desc", FALLBACK).orderBy())
                .isEqualTo("w.claimedAmount DESC NULLS LAST, c.number");
        assertThat(ClaimSort.parse("number", FALLBACK).orderBy()).isEqualTo("c.number ASC NULLS LAST");
    }

    @Test
    void takesTheFallbackWhenNoOrderIsAsked() {
        assertThat(ClaimSort.parse(" ", FALLBACK)).isSameAs(FALLBACK);
    }

    @Test
    void refusesUnknownFieldsAndDirectionsNamingTheParameter() {
        assertThatThrownBy(() -> ClaimSort.parse("vin,asc", FALLBACK)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("updatedAt, submittedAt, number or claimedAmount");
        assertThatThrownBy(() -> ClaimSort.parse("number,up", FALLBACK)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("field,asc or field,desc");
    }
}
