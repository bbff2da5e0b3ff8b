package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.training.certification.prerequisites.PrerequisiteResult;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.List;

import static com.dealerhub.common.json.Jsons.JSON;

/** The stored form of the prerequisite results a check passed with. */
final class PrerequisiteRecord {

    private PrerequisiteRecord() {
    }

    static String write(List<PrerequisiteResult> results) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        results.forEach(r -> array.add(JSON.createObjectBuilder().add("rule", r.rule()).add("passed", r.passed())
                .add("reason", r.reason() == null ? JsonValue.NULL : JSON.createValue(r.reason()))
                .add("evidence", r.evidence() == null ? JsonValue.NULL : JSON.createValue(r.evidence()))));
        return array.build().toString();
    }

    static List<PrerequisiteResult> read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).map(PrerequisiteRecord::result).toList();
        }
    }

    private static PrerequisiteResult result(JsonObject o) {
        return new PrerequisiteResult(o.getString("rule"), o.getBoolean("passed"), o.getString("reason", null),
                o.getString("evidence", null));
    }
}
