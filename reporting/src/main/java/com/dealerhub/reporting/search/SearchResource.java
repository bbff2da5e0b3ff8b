package com.dealerhub.reporting.search;

import com.dealerhub.common.export.CsvWriter;
import com.dealerhub.common.export.ExportRequest;
import com.dealerhub.common.export.XlsxWriter;
import com.dealerhub.common.web.QueryParameters;
import com.dealerhub.common.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.util.List;

@ApplicationScoped
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    CaseSearch search;

    /**
     * Searches the cases within the caller's reach. Repeat a filter parameter for several
     * values (e.g. {@code state=OPEN&state=IN_PROGRESS}); dates are {@code YYYY-MM-DD}, inclusive;
     * {@code slaState} is NONE, ON_TIME, WARNED or BREACHED; {@code dueBefore} (a date, or a time with
     * its offset) keeps the cases whose next running SLA clock is due before it, overdue ones included;
     * {@code sort} is newest (default), oldest, relevance or number. Facets count by type, state, dealer,
     * region, claim kind, SLA state and month opened. Pages reach the first {@value SearchCriteria#RESULT_WINDOW}
     * results; past them, narrow the search. With {@code format=csv|xlsx} (and {@code lang=zh-CN|en}) every match,
     * up to 100,000, as a file: page and size aside, the same filters and reach.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "a page of matching cases with facets; with format=csv|xlsx every match as a file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResult.class)))
    public Response search(@QueryParam("q") String q,
                               @QueryParam("type") List<String> types,
                               @QueryParam("state") List<String> states,
                               @QueryParam("dealer") List<String> dealers,
                               @QueryParam("region") List<String> regions,
                               @QueryParam("from") String from,
                               @QueryParam("to") String to,
                               @QueryParam("vin") String vin,
                               @QueryParam("kind") List<String> kinds,
                               @QueryParam("part") String part,
                               @QueryParam("laborOperation") String laborOperation,
                               @QueryParam("minAmount") String minAmount,
                               @QueryParam("maxAmount") String maxAmount,
                               @QueryParam("slaState") List<String> slaStates,
                               @QueryParam("dueBefore") String dueBefore,
                               @QueryParam("sort") String sort,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(500) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                               @BeanParam ExportRequest export) throws IOException {
        SearchCriteria criteria = new SearchCriteria(QueryParameters.text("q", q, QueryParameters.MAX_TEXT_LENGTH),
                QueryParameters.codes("type", types), QueryParameters.codes("state", states),
                QueryParameters.codes("dealer", dealers), QueryParameters.codes("region", regions),
                QueryParameters.date("from", from), QueryParameters.date("to", to), page, size,
                new SearchCriteria.Warranty(QueryParameters.code("vin", vin), QueryParameters.codes("kind", kinds),
                        QueryParameters.code("part", part), QueryParameters.code("laborOperation", laborOperation),
                        QueryParameters.amount("minAmount", minAmount), QueryParameters.amount("maxAmount", maxAmount)),
                new SearchCriteria.Sla(QueryParameters.enumValues("slaState", slaStates, SlaState.class),
                        QueryParameters.instant("dueBefore", dueBefore)),
                SearchOrder.parse(sort));
        if (export.wanted()) {
            export.requireFormat();
            return export.answer(SearchTable.of(search.all(CurrentCaller.require(), criteria)));
        }
        return Response.ok(search.search(CurrentCaller.require(), criteria)).build();
    }
}
