package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.platform.warranty.adjudication.AutoAdjudication;
import com.dealerhub.platform.warranty.adjudication.RuleResult;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            if (r.code() != null) {
                var params = JSON.createObjectBuilder();
                r.params().forEach(params::add);
                result.add("code", r.code()).add("params", params);
            }
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
                .map(VerdictRecord::result)
                .toList();
        return new ClaimView.Adjudication(object.getString("outcome"), settingsVersion, results);
    }

    /** A stored result; one stored before reasons had codes gets the generic code of a failed rule. */
    private static RuleResult result(JsonObject r) {
        String reason = r.isNull("reason") ? null : r.getString("reason");
        boolean passed = r.getBoolean("passed");
        String code = r.containsKey("code") ? r.getString("code") : passed ? null : ProblemCode.RULE_FAILED.name();
        Map<String, String> params = new LinkedHashMap<>();
        if (r.containsKey("params")) {
            r.getJsonObject("params").forEach((name, value) -> params.put(name, ((JsonString) value).getString()));
        }
        // verdicts recorded before rules said whether they applied: each counted as applied
        return new RuleResult(r.getString("rule"), passed, RuleResult.Consequence.valueOf(r.getString("consequence")), reason, code, params,
                r.getBoolean("applicable", true));
    }

    /** One line for the timeline: the outcome and, if any, the reasons. */
    static String summary(AutoAdjudication.Verdict verdict) {
        String reasons = verdict.results().stream().filter(r -> !r.passed()).map(r -> r.rule() + ": " + r.reason())
                .collect(Collectors.joining("; "));
        return verdict.outcome() + " (rules v" + verdict.settingsVersion() + ")" + (reasons.isEmpty() ? "" : " — " + reasons);
    }
}
