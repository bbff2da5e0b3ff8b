package com.dealerhub.reporting.search;

import com.dealerhub.common.export.Table;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The network search's results as an export table: one row per case, as the search page lists them. */
final class SearchTable {

    private SearchTable() {
    }

    static Table of(List<JsonObject> cases) {
        Table table = new Table("search")
                .text("编号", "Number").text("类型", "Type").text("状态", "State").text("经销商", "Dealer")
                .text("经销商名称", "Dealer name").text("区域", "Region").text("主题", "Subject").text("索赔类型", "Claim kind")
                .text("VIN", "VIN").amount("金额", "Amount").text("SLA 状态", "SLA state").instant("下一到期时间", "Next due")
                .instant("创建时间", "Opened").instant("更新时间", "Last change");
        for (JsonObject c : cases) {
            table.row(text(c, "number"), text(c, "type"), text(c, "state"), text(c, "dealerCode"), text(c, "dealerName"),
                    text(c, "regionCode"), text(c, "subject"), text(c, "kind"), text(c, "vin"),
                    c.get("amount") instanceof JsonNumber n ? n.bigDecimalValue() : null,
                    c.containsKey("slaState") ? text(c, "slaState") : SlaState.NONE.name(),
                    instant(c, "nextDueAt"), instant(c, "createdAt"), instant(c, "updatedAt"));
        }
        return table;
    }

    private static String text(JsonObject c, String field) {
        JsonValue value = c.get(field);
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** PostgreSQL writes times into the document with an offset ({@code +00:00}); older documents may say {@code Z}. */
    private static Instant instant(JsonObject c, String field) {
        String raw = text(c, field);
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notAnOffsetTime) {
            return null;
        }
    }
}
