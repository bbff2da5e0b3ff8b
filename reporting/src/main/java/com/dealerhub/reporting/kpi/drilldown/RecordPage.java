package com.dealerhub.reporting.kpi.drilldown;

import com.dealerhub.reporting.kpi.definition.Source;
import jakarta.json.JsonObject;

import java.util.List;

/** The records behind a figure, a page of them; {@code total} is the figure's count or base. */
public record RecordPage(String kpi, int version, Side side, Source source, long total, int page, int size, List<JsonObject> items) {
}
