package com.dealerhub.common.json;

import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.problem.ProblemCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RecordBinderTest {

    enum Kind { REGULAR, CAMPAIGN }

    record Line(String part, int quantity, BigDecimal price) {
    }

    record Claim(Kind kind, String vin, LocalDate repairedOn, long mileage, Boolean urgent, List<Line> lines, List<String> tags) {
    }

    record Checked(String code) {
        Checked {
            if (code != null && code.length() != 3) {
                throw new IllegalArgumentException("must be three characters");
            }
        }
    }

    @Test
    void bindsEveryKindOfMember() {
        Claim claim = RecordBinder.bind(json("""
                {"kind":"CAMPAIGN","vin":"LSVAB4182E2100001","repairedOn":"2026-11-01","mileage":12345,"urgent":true,
                 "lines":[{"part":"A-1","quantity":2,"price":12.50}],"tags":["x","y"]}"""), Claim.class);

        assertThat(claim).isEqualTo(new Claim(Kind.CAMPAIGN, "LSVAB4182E2100001", LocalDate.of(2026, 11, 1), 12345L, true,
                List.of(new Line("A-1", 2, new BigDecimal("12.50"))), List.of("x", "y")));
    }

    @Test
    void missingMembersAreNullOrEmpty() {
        Claim claim = RecordBinder.bind(json("{\"mileage\":1}"), Claim.class);

        assertThat(claim.vin()).isNull();
        assertThat(claim.lines()).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        var failure = catchThrowableOfType(RecordBinder.InvalidBody.class, () -> RecordBinder.bind(json("""
                {"kind":"OTHER","vin":17,"repairedOn":"yesterday","mileage":1.5,"urgent":"yes",
                 "lines":[{"part":"A","quantity":"two"},{"part":"B","quantity":1,"colour":"red"}],"extra":1}"""), Claim.class));

        assertThat(failure.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder(
                "extra", "kind", "vin", "repairedOn", "mileage", "urgent", "lines[0].quantity", "lines[1].colour");
        assertThat(failure.errors()).filteredOn(e -> e.field().equals("kind")).first()
                .extracting(Problem.FieldError::message).asString().contains("REGULAR, CAMPAIGN");
    }

    @Test
    void aMissingPrimitiveIsRequired() {
        var failure = catchThrowableOfType(RecordBinder.InvalidBody.class, () -> RecordBinder.bind(json("{}"), Claim.class));

        assertThat(failure.errors()).containsExactly(new Problem.FieldError("mileage", ProblemCode.REQUIRED.with()));
    }

    @Test
    void aNumberOutOfRangeIsReported() {
        var failure = catchThrowableOfType(RecordBinder.InvalidBody.class,
                () -> RecordBinder.bind(json("{\"mileage\":1,\"lines\":[{\"quantity\":99999999999}]}"), Claim.class));

        assertThat(failure.errors()).containsExactly(new Problem.FieldError("lines[0].quantity", ProblemCode.OUT_OF_RANGE.with()));
    }

    @Test
    void aRecordsOwnCheckIsReportedAsItsField() {
        var failure = catchThrowableOfType(RecordBinder.InvalidBody.class,
                () -> RecordBinder.bind(json("{\"code\":\"ABCD\"}"), Checked.class));

        assertThat(failure.errors()).containsExactly(new Problem.FieldError("body", "must be three characters"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void textWithNulOrReplacementCharactersIsRefusedNamingTheField() {
        var failure = catchThrowableOfType(RecordBinder.InvalidBody.class, () -> RecordBinder.bind(json("""
                {"mileage":1,"vin":"LSV\\u0000AB","lines":[{"part":"A\uFFFD","quantity":1}],"tags":["ok","\\ud800"]}"""), Claim.class));

        assertThat(failure.errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("vin", "lines[0].part", "tags[1]");
        assertThat(failure.errors()).filteredOn(e -> e.field().equals("vin")).first()
                .extracting(Problem.FieldError::message).asString().contains("control characters");
    }

    @Test
    void numbersTooSmallOrTooLargeToComputeWithAreRefused() {
        var failure = catchThrowableOfType(RecordBinder.InvalidBody.class, () -> RecordBinder.bind(json("""
                {"mileage":1,"lines":[{"part":"A","quantity":1,"price":1e-1000000000},{"part":"B","quantity":1,"price":1e400},
                          {"part":"C","quantity":1,"price":12.500000000000000}]}"""), Claim.class));

        assertThat(failure.errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("lines[0].price", "lines[1].price");
    }

    @Test
    void datesOutsideTheSaneRangeAreRefused() {
        for (String date : List.of("+999999999-01-01", "-999999999-01-01", "1899-12-31", "2200-01-01")) {
            var failure = catchThrowableOfType(RecordBinder.InvalidBody.class,
                    () -> RecordBinder.bind(json("{\"repairedOn\":\"" + date + "\",\"mileage\":1}"), Claim.class));

            assertThat(failure.errors()).extracting(Problem.FieldError::field).as(date).containsExactly("repairedOn");
        }
        assertThat(RecordBinder.bind(json("{\"repairedOn\":\"2199-12-31\",\"mileage\":1}"), Claim.class).repairedOn())
                .isEqualTo(LocalDate.of(2199, 12, 31));
    }
}
