package com.dealerhub.reporting.search;

import com.dealerhub.common.problem.InvalidField;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How search results are ordered: most recently changed first unless asked otherwise. */
public enum SearchOrder {
    /** Most recently changed first. */
    NEWEST,
    /** Longest open first. */
    OLDEST,
    /** Best match of the free text first. */
    RELEVANCE,
    /** By case number. */
    NUMBER;

    static SearchOrder parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return NEWEST;
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("sort", "must be one of " + Arrays.stream(values())
                    .map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
