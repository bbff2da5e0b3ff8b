package com.dealerhub.platform.warranty.claims;

import com.dealerhub.platform.warranty.adjudication.AutoAdjudication;
import com.dealerhub.platform.warranty.adjudication.RuleResult;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;

import static com.dealerhub.common.json.Jsons.JSON;

/** The stored form of an auto-adjudication verdict, and the summary written into the claim's timeline. */
final class VerdictRecord {

    private VerdictRecord() {
    }

    static String write(AutoAdjudication.Verdict verdict) {
        JsonArrayBuilder results = JSON.createArrayBuilder();
        verdict.results().forEach(r -> {
            var result = JSON.createObjectBuilder().add("rule", r.rule()).add("passed", r.passed())
                    .add("consequence", r.consequence().name()).add("applicable", r.applicable());
            result.add("reason", r.reason() == null ? JsonValue.NULL : JSON.createValue(r.reason()));
            results.add(result);
        });
        return JSON.createObjectBuilder().add("outcome", verdict.outcome().name()).add("results", results).build().toString();
    }

    static ClaimView.Adjudication read(String json, Integer settingsVersion) {
        if (json == null) {
            return null;
        }
        JsonObject object;
        try (var reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        List<RuleResult> results = object.getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .map(r -> new RuleResult(r.getString("rule"), r.getBoolean("passed"),
                        RuleResult.Consequence.valueOf(r.getString("consequence")), r.isNull("reason") ? null : r.getString("reason"),
                        // verdicts recorded before rules said whether they applied: each counted as applied
                        r.getBoolean("applicable", true)))
                .toList();
        return new ClaimView.Adjudication(object.getString("outcome"), settingsVersion, results);
    }

    /** One line for the timeline: the outcome and, if any, the reasons. */
    static String summary(AutoAdjudication.Verdict verdict) {
        String reasons = verdict.results().stream().filter(r -> !r.passed()).map(r -> r.rule() + ": " + r.reason())
                .collect(Collectors.joining("; "));
        return verdict.outcome() + " (rules v" + verdict.settingsVersion() + ")" + (reasons.isEmpty() ? "" : " — " + reasons);
    }
}
