package com.dealerhub.reporting.search;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** A page of matching cases and, per facet, how many matches fall in each value. */
public record SearchResult(long total, int page, int size,
                           @Schema(type = SchemaType.ARRAY, implementation = IndexedCase.class) List<JsonObject> items,
                           Map<String, List<FacetCount>> facets) {

    public record FacetCount(String value, long count) {
    }
}
