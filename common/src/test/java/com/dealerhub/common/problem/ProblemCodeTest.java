package com.dealerhub.common.problem;

import com.dealerhub.common.json.RecordBinder;
import com.dealerhub.common.web.CleanText;
import com.dealerhub.common.web.QueryParameters;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;

import static com.dealerhub.common.json.Jsons.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemCodeTest {

    record Repair(String vin, int mileage, BigDecimal amount) {
    }

    private static JsonObject body(Problem problem) {
        return JSON.createReader(new StringReader(problem.toJson())).readObject();
    }

    @Test
    void aCodedFieldErrorCarriesCodeAndParamsBesideTheEnglishMessage() {
        JsonObject body = body(new InvalidField("vin", ProblemCode.VIN_CHECK_DIGIT.with("expected", "8")).problem());
        assertEquals("vin: check digit (9th character) should be 8", body.getString("detail"));
        assertEquals("VIN_CHECK_DIGIT", body.getString("code"));
        assertEquals("8", body.getJsonObject("params").getString("expected"));
        JsonObject error = body.getJsonArray("errors").getJsonObject(0);
        assertEquals("vin", error.getString("field"));
        assertEquals("VIN_CHECK_DIGIT", error.getString("code"));
        assertEquals("8", error.getJsonObject("params").getString("expected"));
        assertEquals("check digit (9th character) should be 8", error.getString("message"));
    }

    @Test
    void aMessageWithoutACodeOfItsOwnGetsTheGenericOne() {
        JsonObject error = body(new InvalidField("vins", "send the VINs as text, one per line").problem())
                .getJsonArray("errors").getJsonObject(0);
        assertEquals("INVALID_VALUE", error.getString("code"));
        assertEquals("send the VINs as text, one per line", error.getString("message"));
        assertEquals("CONFLICT", body(new Conflict("the finding changed meanwhile").problem()).getString("code"));
        assertEquals("FORBIDDEN", body(new Forbidden("the audit log is for head office").problem()).getString("code"));
        assertEquals("REQUEST_FAILED", body(Problem.of(500, "Error", "boom")).getString("code"));
    }

    @Test
    void notFoundNamesWhatAndWhich() {
        JsonObject body = body(new NotFound("claim", "WC-1").problem());
        assertEquals("claim WC-1 not found", body.getString("detail"));
        assertEquals("NOT_FOUND", body.getString("code"));
        assertEquals(Map.of("what", "claim", "id", "WC-1"), Map.copyOf(body.getJsonObject("params").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonString) e.getValue()).getString()))));
    }

    @Test
    void severalFieldsCountThem() {
        Problem problem = Problem.invalid(java.util.List.of(new Problem.FieldError("a", ProblemCode.REQUIRED.with()),
                new Problem.FieldError("b", ProblemCode.UNKNOWN_FIELD.with())));
        assertEquals(ProblemCode.INVALID_FIELDS, problem.code());
        assertEquals(Map.of("count", "2"), problem.params());
    }

    @Test
    void theSharedValidatorsGiveCodes() {
        InvalidField amount = assertThrows(InvalidField.class, () -> QueryParameters.amount("min", "-1"));
        assertEquals(ProblemCode.QUERY_AMOUNT, amount.problem().code());
        assertEquals("999999999999.99", amount.problem().params().get("max"));
        InvalidField text = assertThrows(InvalidField.class, () -> QueryParameters.text("q", "x".repeat(201), 200));
        assertEquals(ProblemCode.TEXT_TOO_LONG, text.problem().code());
        assertEquals("200", text.problem().params().get("max"));
        assertEquals(ProblemCode.CONTROL_CHARACTERS, CleanText.check("a\u0000b").code());
    }

    @Test
    void theBinderGivesEachFieldItsCode() {
        JsonObject json = JSON.createReader(new StringReader("{\"vin\": 5, \"amount\": 1e-100, \"colour\": \"red\"}")).readObject();
        InvalidFields invalid = assertThrows(InvalidFields.class, () -> RecordBinder.bind(json, Repair.class));
        Map<String, ProblemCode> codes = invalid.errors().stream()
                .collect(java.util.stream.Collectors.toMap(Problem.FieldError::field, Problem.FieldError::code));
        assertEquals(Map.of("colour", ProblemCode.UNKNOWN_FIELD, "vin", ProblemCode.MUST_BE_TEXT,
                "mileage", ProblemCode.REQUIRED, "amount", ProblemCode.TOO_MANY_DECIMALS), codes);
    }

    @Test
    void aTemplateTakesExactlyItsParameters() {
        assertThrows(IllegalArgumentException.class, () -> ProblemCode.VIN_CHECK_DIGIT.with());
        assertThrows(IllegalArgumentException.class, () -> ProblemCode.REQUIRED.with("x", 1));
        assertEquals("must be between 0 and the claimed 350.00",
                ProblemCode.ABOVE_CLAIMED.with("claimed", new BigDecimal("350.00")).text());
    }

    @Test
    void everyCodeIsWritten() {
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(!code.english().isBlank(), code.name());
        }
    }
}
