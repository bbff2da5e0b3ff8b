package com.dealerhub.common.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A message of a refusal: its stable code, the parameters of that code, and the English text they make. */
public record CodedMessage(ProblemCode code, Map<String, String> params, String text) {

    public CodedMessage {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A message nothing more specific was written for. */
    public static CodedMessage generic(String text) {
        return ProblemCode.INVALID_VALUE.text(text);
    }
}
