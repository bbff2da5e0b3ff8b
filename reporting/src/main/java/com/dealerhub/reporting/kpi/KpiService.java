package com.dealerhub.reporting.kpi;

import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.reporting.indexing.SearchIndex;
import com.dealerhub.reporting.kpi.definition.KpiCatalogue;
import com.dealerhub.reporting.kpi.definition.KpiDefinition;
import com.dealerhub.reporting.kpi.drilldown.DrillDown;
import com.dealerhub.reporting.kpi.drilldown.RecordPage;
import com.dealerhub.reporting.kpi.drilldown.Side;
import com.dealerhub.reporting.kpi.evaluation.Figures;
import com.dealerhub.reporting.kpi.evaluation.GroupDirectory;
import com.dealerhub.reporting.kpi.evaluation.IndexCounter;
import com.dealerhub.reporting.kpi.evaluation.KpiQuery;
import com.dealerhub.reporting.kpi.evaluation.KpiReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** KPI reports and their records for a caller: the definition in effect, the caller's reach, the index. */
@ApplicationScoped
public class KpiService {

    @Inject
    SearchIndex index;

    @Inject
    GroupDirectory directory;

    public KpiReport report(Caller caller, String code, KpiQuery query) throws IOException, SQLException {
        KpiDefinition definition = definition(code, query);
        Figures.Rows rows = directory.rows(caller, query);
        return new Figures(query, rows, new IndexCounter(index.client(), caller, query)).report(definition);
    }

    /** Several KPIs over one range and the same rows (a dashboard's tables). */
    public List<KpiReport> reports(Caller caller, List<String> codes, KpiQuery query) throws IOException, SQLException {
        Figures.Rows rows = directory.rows(caller, query);
        List<KpiDefinition> definitions = new ArrayList<>();
        for (String code : codes) {
            definitions.add(definition(code, query));
        }
        return new Figures(query, rows, new IndexCounter(index.client(), caller, query)).reports(definitions);
    }

    public RecordPage records(Caller caller, String code, Side side, String reason, KpiQuery query, int page, int size)
            throws IOException {
        return DrillDown.page(index.client(), caller, definition(code, query), side, reason, query, page, size);
    }

    private static KpiDefinition definition(String code, KpiQuery query) {
        return KpiCatalogue.inEffect(code, query.to()).orElseThrow(() -> new NotFound("kpi", code));
    }
}
