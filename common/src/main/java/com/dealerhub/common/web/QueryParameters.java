package com.dealerhub.common.web;

import com.dealerhub.common.problem.InvalidField;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Converts query parameters with a 400 problem naming the parameter; JAX-RS's own
 * conversion would answer an unknown value with 404.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
