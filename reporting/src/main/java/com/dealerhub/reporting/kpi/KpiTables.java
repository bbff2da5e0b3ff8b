package com.dealerhub.reporting.kpi;

import com.dealerhub.common.export.Table;
import com.dealerhub.reporting.kpi.drilldown.RecordPage;
import com.dealerhub.reporting.kpi.evaluation.Figure;
import com.dealerhub.reporting.kpi.evaluation.KpiReport;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.List;
import java.util.Locale;

/** A KPI report and the records behind a figure as tables for the CSV and Excel exports. */
final class KpiTables {

    /** The date a record is listed under, the first its kind has. */
    private static final List<String> DATES = List.of("submittedAt", "decidedAt", "createdAt", "openedAt", "deliveredAt",
            "scheduledFor", "madeAt", "receivedAt", "requestedAt", "occurredAt");

    private KpiTables() {
    }

    static Table report(KpiReport report) {
        Table table = new Table("kpi-" + report.kpi().code().toLowerCase(Locale.ROOT))
                .text("行", "Row").text("名称", "Name").text("周期", "Period").date("开始", "From").date("结束", "To")
                .number("分子", "Numerator").number("分母", "Denominator").number("数值", "Value").text("无数据", "No data");
        report.rows().forEach(f -> add(table, f, f.group().code()));
        report.network().forEach(f -> add(table, f, "NETWORK " + f.group().code()));
        return table;
    }

    private static void add(Table table, Figure f, String row) {
        table.row(row, f.group().name(), f.period().key(), f.period().from(), f.period().to(), f.count(), f.base(), f.value(),
                f.noData() ? "NO_DATA" : null);
    }

    static Table records(RecordPage page) {
        Table table = new Table("kpi-" + page.kpi().toLowerCase(Locale.ROOT) + "-" + page.side().name().toLowerCase(Locale.ROOT))
                .text("编号", "Number").text("经销商", "Dealer").text("经销商名称", "Dealer name").text("类别", "Kind")
                .text("日期", "Date");
        for (JsonObject item : page.items()) {
            table.row(text(item, "number"), text(item, "dealerCode"), text(item, "dealerName"),
                    item.containsKey("type") ? text(item, "type") : text(item, "kind"),
                    DATES.stream().map(d -> text(item, d)).filter(v -> v != null).findFirst().orElse(null));
        }
        return table;
    }

    private static String text(JsonObject item, String field) {
        return item.get(field) instanceof JsonString s ? s.getString() : null;
    }
}
