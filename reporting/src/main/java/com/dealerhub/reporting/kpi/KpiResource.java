package com.dealerhub.reporting.kpi;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.web.QueryParameters;
import com.dealerhub.reporting.kpi.definition.KpiCatalogue;
import com.dealerhub.reporting.kpi.definition.Population;
import com.dealerhub.reporting.kpi.drilldown.RecordPage;
import com.dealerhub.reporting.kpi.drilldown.Side;
import com.dealerhub.reporting.kpi.evaluation.GroupBy;
import com.dealerhub.reporting.kpi.evaluation.Interval;
import com.dealerhub.reporting.kpi.evaluation.KpiInfo;
import com.dealerhub.reporting.kpi.evaluation.KpiQuery;
import com.dealerhub.reporting.kpi.evaluation.KpiReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.dealerhub.common.export.ExportRequest;
import com.dealerhub.common.problem.InvalidField;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * KPIs for everyone in a network, within their reach: a dealer its own figures, an FMC its regions'
 * dealers, head office the network; each beside the network's figure. Dates are the network's
 * calendar days (Asia/Shanghai), inclusive.
 */
@ApplicationScoped
@Path("/kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    @Inject
    KpiService kpis;

    @GET
    @Operation(summary = "Every KPI's definition in effect today: code, version, names and formula in Chinese and English, unit, source")
    public List<KpiInfo> catalogue() {
        LocalDate today = LocalDate.now(Population.ZONE);
        CurrentCaller.require();
        return KpiCatalogue.codes().stream()
                .map(code -> KpiInfo.of(KpiCatalogue.inEffect(code, today).orElseThrow()))
                .toList();
    }

    @GET
    @Path("/dashboard")
    @Operation(summary = "Several KPIs (kpi=CODE, repeated; all by default) over one range, without periods: a dashboard's tables")
    public List<KpiReport> dashboard(@QueryParam("kpi") List<String> codes, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("by") String by,
                                     @QueryParam("dealer") List<String> dealers, @QueryParam("region") List<String> regions)
            throws IOException, SQLException {
        Caller caller = CurrentCaller.require();
        List<String> chosen = QueryParameters.codes("kpi", codes);
        return kpis.reports(caller, chosen.isEmpty() ? KpiCatalogue.codes() : chosen,
                query(caller, from, to, Interval.TOTAL.name(), by, dealers, regions));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One KPI by row (by=NETWORK|REGION|DEALER|REASON) and period (interval=TOTAL|DAY|MONTH|YEAR), with the network's figure beside")
    @APIResponse(responseCode = "200", description = "the report; with format=csv|xlsx its table as a file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiReport.class)))
    public Response report(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("interval") String interval, @QueryParam("by") String by,
                           @QueryParam("dealer") List<String> dealers, @QueryParam("region") List<String> regions,
                           @BeanParam ExportRequest export) throws IOException, SQLException {
        Caller caller = CurrentCaller.require();
        if (export.wanted()) {
            export.requireFormat();
        }
        KpiReport report = kpis.report(caller, code, query(caller, from, to, interval, by, dealers, regions));
        return export.wanted() ? export.answer(KpiTables.report(report)) : Response.ok(report).build();
    }

    @GET
    @Path("/{code}/records")
    @Operation(summary = "The records behind a figure: side=NUMERATOR|DENOMINATOR, the figure's days, dealer or region, and reason for a KPI by reason; total equals the figure's count or base")
    @APIResponse(responseCode = "200", description = "a page of records; with format=csv|xlsx all of them (at most 10,000) as a file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordPage.class)))
    public Response records(@PathParam("code") String code, @QueryParam("side") String side, @QueryParam("reason") String reason,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("dealer") List<String> dealers, @QueryParam("region") List<String> regions,
                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(500) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                            @BeanParam ExportRequest export) throws IOException {
        Caller caller = CurrentCaller.require();
        Side chosen = QueryParameters.enumValue("side", side, Side.class);
        KpiQuery query = query(caller, from, to, Interval.TOTAL.name(), GroupBy.NETWORK.name(), dealers, regions);
        String why = QueryParameters.code("reason", reason);
        Side which = chosen == null ? Side.NUMERATOR : chosen;
        if (!export.wanted()) {
            return Response.ok(kpis.records(caller, code, which, why, query, page, size)).build();
        }
        export.requireFormat();
        RecordPage all = kpis.records(caller, code, which, why, query, 0, EXPORTED_RECORDS);
        if (all.total() > EXPORTED_RECORDS) {
            throw new InvalidField("from", "more than " + EXPORTED_RECORDS + " records: export fewer days or one dealer at a time");
        }
        return export.answer(KpiTables.records(all));
    }

    /** As many records as one read of the index returns. */
    static final int EXPORTED_RECORDS = 10_000;

    /** The range defaults to the twelve months up to today; the rows to the caller's own level. */
    static KpiQuery query(Caller caller, String from, String to, String interval, String by, List<String> dealers, List<String> regions) {
        LocalDate last = QueryParameters.date("to", to);
        LocalDate end = last == null ? LocalDate.now(Population.ZONE) : last;
        LocalDate first = QueryParameters.date("from", from);
        Interval chosenInterval = QueryParameters.enumValue("interval", interval, Interval.class);
        GroupBy chosenBy = QueryParameters.enumValue("by", by, GroupBy.class);
        return new KpiQuery(first == null ? end.withDayOfMonth(1).minusMonths(11) : first, end,
                chosenInterval == null ? Interval.MONTH : chosenInterval,
                chosenBy == null ? defaultRows(caller) : chosenBy,
                QueryParameters.codes("dealer", dealers), QueryParameters.codes("region", regions));
    }

    private static GroupBy defaultRows(Caller caller) {
        return switch (caller.scope()) {
            case DEALER -> GroupBy.DEALER;
            case REGIONS -> GroupBy.REGION;
            default -> GroupBy.NETWORK;
        };
    }
}
