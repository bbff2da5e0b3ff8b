package com.dealerhub.reporting.kpi.drilldown;

import com.dealerhub.reporting.kpi.definition.Source;
import com.dealerhub.reporting.search.IndexedCase;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The records behind a figure, a page of them; {@code total} is the figure's count or base. */
public record RecordPage(String kpi, int version, Side side, Source source, long total, int page, int size,
                         @Schema(type = SchemaType.ARRAY, oneOf = {IndexedCase.class, FeedRecordDocument.class},
                                 description = "indexed cases (source CASES) or feed records (source FEED)") List<JsonObject> items) {
}
