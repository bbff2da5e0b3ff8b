package com.dealerhub.common.web;

import com.dealerhub.common.problem.InvalidField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParametersTest {

    @Test
    void datesOutsideTheYearsAQueryMayNameAreRefusedNamingTheParameter() {
        assertThat(QueryParameters.date("from", "2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(QueryParameters.date("from", " ")).isNull();
        for (String absurd : List.of("+999999999-01-01", "-999999999-01-01", "1899-12-31", "2201-01-01", "yesterday",
                "2026-01-01" + "0".repeat(100_000))) {
            assertThatThrownBy(() -> QueryParameters.date("from", absurd))
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("from"));
        }
    }

    @Test
    void amountsAreBoundedToWhatIsStored() {
        assertThat(QueryParameters.amount("minAmount", "1250.50")).isEqualByComparingTo("1250.50");
        assertThat(QueryParameters.amount("minAmount", "999999999999.99")).isEqualByComparingTo(QueryParameters.MAX_AMOUNT);
        assertThat(QueryParameters.amount("minAmount", "1.500")).isEqualByComparingTo(new BigDecimal("1.5"));
        for (String absurd : List.of("1e400", "1e-400", "-1", "1000000000000", "0.001", "NaN", "1" + "0".repeat(100_000))) {
            assertThatThrownBy(() -> QueryParameters.amount("minAmount", absurd))
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("minAmount"));
        }
    }

    @Test
    void textAndCodesHaveALengthLimit() {
        assertThat(QueryParameters.text("q", " 发动机异响 ", 200)).isEqualTo("发动机异响");
        assertThat(QueryParameters.text("q", "x".repeat(200), 200)).hasSize(200);
        assertThatThrownBy(() -> QueryParameters.text("q", "x".repeat(100_000), 200))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("q"));
        assertThatThrownBy(() -> QueryParameters.text("q", "a\u0000b", 200)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> QueryParameters.code("part", "P".repeat(41)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("part"));
    }

    @Test
    void aRepeatedParameterHasAMaximumCountAndEachValueALengthLimit() {
        assertThat(QueryParameters.codes("state", List.of("OPEN", " ", "OPEN", "CLOSED"))).containsExactly("OPEN", "CLOSED");
        assertThat(QueryParameters.codes("state", null)).isEmpty();
        assertThatThrownBy(() -> QueryParameters.codes("dealer", Collections.nCopies(101, "aurora-e01")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("dealer"));
        assertThatThrownBy(() -> QueryParameters.codes("type", List.of("a".repeat(50_000))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void timesAreADateOrATimeWithItsOffsetWithinTheYearsAQueryMayName() {
        assertThat(QueryParameters.instant("dueBefore", "2026-05-01")).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(QueryParameters.instant("dueBefore", "2026-05-01T08:00:00+08:00")).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(QueryParameters.instant("dueBefore", " 2026-05-01T00:00:00.5Z ")).isEqualTo(Instant.parse("2026-05-01T00:00:00.500Z"));
        assertThat(QueryParameters.instant("dueBefore", "")).isNull();
        for (String absurd : List.of("+999999999-01-01", "1899-12-31T23:59:59Z", "2200-01-01", "2026-05-01T08:00:00", "tomorrow",
                "2026-05-01T08:00:00Z" + "0".repeat(100_000))) {
            assertThatThrownBy(() -> QueryParameters.instant("dueBefore", absurd))
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("dueBefore"));
        }
    }

    enum Colour { RED, GREEN }

    @Test
    void aRepeatedEnumParameterNamesItselfForAnUnknownValue() {
        assertThat(QueryParameters.enumValues("colour", List.of("RED", " GREEN ", "RED", ""), Colour.class))
                .containsExactly(Colour.RED, Colour.GREEN);
        assertThat(QueryParameters.enumValues("colour", null, Colour.class)).isEmpty();
        for (List<String> absurd : List.of(List.of("BLUE"), List.of("red"), List.of("R".repeat(50_000)), Collections.nCopies(101, "RED"))) {
            assertThatThrownBy(() -> QueryParameters.enumValues("colour", absurd, Colour.class))
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("colour"));
        }
    }
}
